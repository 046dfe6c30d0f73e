const tokens = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);

// values: sorted BigInts (timestamps exceed a Number's exact range). queries: objects
// { kind: 'COUNT', lo, hi } or { kind: 'FIRST', x } with BigInt fields. Returns one number per
// query: the count in [lo, hi], or the first index with a value >= x (-1 if none).
function solve(values, queries) {
  // TODO
  return queries.map(() => 0);
}

const n = Number(tokens[0]);
const q = Number(tokens[1]);
const values = tokens.slice(2, 2 + n).map(BigInt);
const queries = [];
let pos = 2 + n;
for (let k = 0; k < q; k++) {
  if (tokens[pos] === 'COUNT') {
    queries.push({ kind: 'COUNT', lo: BigInt(tokens[pos + 1]), hi: BigInt(tokens[pos + 2]) });
    pos += 3;
  } else {
    queries.push({ kind: 'FIRST', x: BigInt(tokens[pos + 1]) });
    pos += 2;
  }
}
process.stdout.write(solve(values, queries).join('\n') + '\n');
