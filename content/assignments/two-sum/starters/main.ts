import { readFileSync } from 'node:fs';

const data = readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);

// Returns the 1-based pair [i, j] described in the statement, or null if there is none.
function solve(target: number, a: number[]): [number, number] | null {
  // TODO
  return null;
}

const n = data[0] ?? 0;
const target = data[1] ?? 0;
const a = data.slice(2, 2 + n);
const pair = solve(target, a);
console.log(pair === null ? '-1' : `${pair[0]} ${pair[1]}`);
