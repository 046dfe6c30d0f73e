import { readFileSync } from 'node:fs';

const tokens = readFileSync(0, 'utf8').trim().split(/\s+/);
const n = Number(tokens[0]);
const q = Number(tokens[1]);
// Timestamps go up to 4e18, beyond a Number's exact range, so they are BigInts.
const values: bigint[] = tokens.slice(2, 2 + n).map(BigInt);

// First index whose value is >= v (strict = false) or > v (strict = true); n if there is none.
function bound(v: bigint, strict: boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const value = values[mid]!;
    if (value < v || (strict && value === v)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const out: number[] = [];
let pos = 2 + n;
for (let k = 0; k < q; k++) {
  if (tokens[pos] === 'COUNT') {
    const lo = BigInt(tokens[pos + 1]!);
    const hi = BigInt(tokens[pos + 2]!);
    pos += 3;
    out.push(Math.max(0, bound(hi, true) - bound(lo, false)));
  } else {
    const first = bound(BigInt(tokens[pos + 1]!), false);
    pos += 2;
    out.push(first < n ? first : -1);
  }
}
process.stdout.write(out.join('\n') + '\n');
