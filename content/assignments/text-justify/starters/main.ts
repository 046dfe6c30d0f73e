import { readFileSync } from 'node:fs';

const tokens = readFileSync(0, 'utf8').trim().split(/\s+/);

// Returns the justified lines.
function solve(width: number, words: string[]): string[] {
  // TODO
  return [words.join(' ')];
}

const width = Number(tokens[0]);
const words = tokens.slice(1);
process.stdout.write(solve(width, words).join('\n') + '\n');
