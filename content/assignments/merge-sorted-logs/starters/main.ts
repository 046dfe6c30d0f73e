import { readFileSync } from 'node:fs';

type Line = [t: bigint, message: string]; // t up to 10^18: beyond the exact range of a Number
type Merged = [t: bigint, stream: number, message: string];

const tokens = readFileSync(0, 'utf8').trim().split(/\s+/);

// Returns every line with its stream number (counting from 1), ordered by t, then stream
// number, keeping each stream's own order.
function solve(streams: Line[][]): Merged[] {
  // TODO
  return [];
}

const k = Number(tokens[0]);
const streams: Line[][] = [];
let pos = 1;
for (let s = 0; s < k; s++) {
  const m = Number(tokens[pos++]);
  const lines: Line[] = [];
  for (let j = 0; j < m; j++, pos += 2) lines.push([BigInt(tokens[pos]!), tokens[pos + 1]!]);
  streams.push(lines);
}
const merged = solve(streams);
process.stdout.write(merged.map(([t, s, message]) => `${t} ${s} ${message}\n`).join(''));
