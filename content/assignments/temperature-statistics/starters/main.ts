import { readFileSync } from 'node:fs';

const data = readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);

// Returns [minimum, maximum, average] of the readings.
function solve(readings: number[]): [number, number, number] {
  // TODO
  return [0, 0, 0];
}

const n = data[0] ?? 0;
const readings = data.slice(1, 1 + n);
console.log(solve(readings).map((x) => x.toFixed(6)).join(' '));
