import { readFileSync } from 'node:fs';

const tokens = readFileSync(0, 'utf8').trim().split(/\s+/);

// grid: n strings of m characters, '#' land and '.' water.
function solve(grid: string[]): number {
  // TODO: count the islands.
  return 0;
}

const n = Number(tokens[0]);
console.log(solve(tokens.slice(2, 2 + n)));
