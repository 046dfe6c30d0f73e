const tokens = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);

// The numbers can exceed Number.MAX_SAFE_INTEGER (2^53 - 1), so they are read as BigInt.
function solve(a, b) {
  // TODO: return the sum of a and b.
  return 0n;
}

const a = BigInt(tokens[0]);
const b = BigInt(tokens[1]);
console.log(solve(a, b).toString());
