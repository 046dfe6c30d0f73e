import { readFileSync } from 'node:fs';

const words = readFileSync(0, 'utf8').split(/\s+/).filter((w) => w !== '');

function solve(words: string[]): string[] {
  // TODO: return the words in reverse order.
  return [];
}

console.log(solve(words).join(' '));
