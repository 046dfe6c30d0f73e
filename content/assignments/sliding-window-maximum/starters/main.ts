import { readFileSync } from 'node:fs';

type WindowMax = [max: number, index: number];

const data = readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);

// Returns, for every window of k samples, its maximum and the leftmost index of it.
function solve(values: number[], k: number): WindowMax[] {
  // TODO
  return Array.from({ length: values.length - k + 1 }, (): WindowMax => [0, 0]);
}

const n = data[0] ?? 0;
const k = data[1] ?? 0;
const values = data.slice(2, 2 + n);
process.stdout.write(solve(values, k).map(([max, index]) => `${max} ${index}`).join('\n') + '\n');
