import { readFileSync } from 'node:fs';

// lines: the output line of every token before the first error; error: its position, or -1.
interface Tokens {
  lines: string[];
  error: number;
}

function solve(text: string): Tokens {
  // TODO
  return { lines: [], error: -1 };
}

// latin1: one character per byte, so positions in the string are byte offsets.
const { lines, error } = solve(readFileSync(0, 'latin1'));
if (error >= 0) lines.push(`ERROR ${error}`);
process.stdout.write(lines.map((line) => line + '\n').join(''));
