import { readFileSync } from 'node:fs';

const tokens = readFileSync(0, 'utf8').trim().split(/\s+/);

// The numbers can exceed Number.MAX_SAFE_INTEGER (2^53 - 1), so they are read as BigInt.
function solve(a: bigint, b: bigint): bigint {
  // TODO: return the sum of a and b.
  return 0n;
}

const a = BigInt(tokens[0] ?? '0');
const b = BigInt(tokens[1] ?? '0');
console.log(solve(a, b).toString());
