import { readFileSync } from 'node:fs';

const tokens = readFileSync(0, 'utf8').trim().split(/\s+/);

// Returns the line to print for one command: the varint in hex for ENCODE and ENCODE_ZIGZAG, the
// values separated by spaces (or 'INVALID') for DECODE and DECODE_ZIGZAG. The numbers pass 2^53:
// use BigInt.
function solve(command: string, argument: string): string {
  // TODO
  return 'INVALID';
}

const q = Number(tokens[0]);
const lines: string[] = [];
for (let i = 0; i < q; i++) lines.push(solve(tokens[1 + 2 * i] ?? '', tokens[2 + 2 * i] ?? ''));
process.stdout.write(lines.join('\n') + '\n');
