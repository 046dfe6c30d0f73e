import { readFileSync } from 'node:fs';

type Road = [u: number, v: number, w: number];

const data = readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);

// Returns the n shortest distances from junction 1 (-1 where unreachable). They stay below
// 2^53, so plain numbers are exact.
function solve(n: number, roads: Road[]): number[] {
  // TODO
  return new Array<number>(n).fill(-1);
}

const n = data[0] ?? 0;
const m = data[1] ?? 0;
const roads: Road[] = [];
for (let k = 0; k < m; k++) roads.push([data[2 + 3 * k] ?? 0, data[3 + 3 * k] ?? 0, data[4 + 3 * k] ?? 0]);
console.log(solve(n, roads).join(' '));
