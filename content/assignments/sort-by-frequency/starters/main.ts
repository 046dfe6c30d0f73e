import { readFileSync } from 'node:fs';

const data = readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);

function solve(values: number[]): number[] {
  // TODO: return the values reordered as the statement describes.
  return [];
}

const n = data[0] ?? 0;
console.log(solve(data.slice(1, 1 + n)).join(' '));
