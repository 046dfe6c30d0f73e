import { readFileSync } from 'node:fs';

const data = readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);

function solve(values: number[]): number {
  // TODO: return the length of the longest strictly increasing subsequence.
  return 0;
}

const n = data[0] ?? 0;
console.log(solve(data.slice(1, 1 + n)));
