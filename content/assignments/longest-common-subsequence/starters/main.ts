import { readFileSync } from 'node:fs';

const [s = '', t = ''] = readFileSync(0, 'utf8').trim().split(/\s+/);

function solve(s: string, t: string): number {
  // TODO: return the length of the longest common subsequence of s and t.
  return 0;
}

console.log(solve(s, t));
