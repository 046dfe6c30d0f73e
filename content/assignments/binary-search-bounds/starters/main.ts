import { readFileSync } from 'node:fs';

// Timestamps exceed a Number's exact range, so they are BigInts.
type Query = { kind: 'COUNT'; lo: bigint; hi: bigint } | { kind: 'FIRST'; x: bigint };

const tokens = readFileSync(0, 'utf8').trim().split(/\s+/);

// Returns one number per query: the count in [lo, hi], or the first index with a value >= x
// (-1 if none).
function solve(values: bigint[], queries: Query[]): number[] {
  // TODO
  return queries.map(() => 0);
}

const n = Number(tokens[0]);
const q = Number(tokens[1]);
const values = tokens.slice(2, 2 + n).map(BigInt);
const queries: Query[] = [];
let pos = 2 + n;
for (let k = 0; k < q; k++) {
  if (tokens[pos] === 'COUNT') {
    queries.push({ kind: 'COUNT', lo: BigInt(tokens[pos + 1] ?? 0), hi: BigInt(tokens[pos + 2] ?? 0) });
    pos += 3;
  } else {
    queries.push({ kind: 'FIRST', x: BigInt(tokens[pos + 1] ?? 0) });
    pos += 2;
  }
}
process.stdout.write(solve(values, queries).join('\n') + '\n');
