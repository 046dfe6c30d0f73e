import { readFileSync } from 'node:fs';

const [s = '', t = ''] = readFileSync(0, 'utf8').trim().split(/\s+/);

function solve(s: string, t: string): boolean {
  // TODO: return true when t is an anagram of s.
  return false;
}

console.log(solve(s, t) ? 'YES' : 'NO');
