import { readFileSync } from 'node:fs';

const tokens = readFileSync(0, 'utf8').trim().split(/\s+/);

// grid: n strings of m characters, '#' wall, '.' open, 'S' start, 'T' target.
function solve(grid: string[]): number {
  // TODO: return the fewest moves from S to T, or -1 if T cannot be reached.
  return -1;
}

const n = Number(tokens[0]);
console.log(solve(tokens.slice(2, 2 + n)));
