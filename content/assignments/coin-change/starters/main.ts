import { readFileSync } from 'node:fs';

const data = readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);

function solve(amount: number, coins: number[]): number {
  // TODO: return the fewest coins that add up to amount, or -1 if none do.
  return -1;
}

const n = data[0] ?? 0;
const amount = data[1] ?? 0;
console.log(solve(amount, data.slice(2, 2 + n)));
