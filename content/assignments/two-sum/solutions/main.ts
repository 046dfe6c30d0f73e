import { readFileSync } from 'node:fs';

const data = readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
const n = data[0]!;
const target = data[1]!;
// Scanning j upwards and remembering each value's first index yields the smallest j,
// and for it the smallest i.
const firstIndex = new Map<number, number>();
let answer = '-1';
for (let j = 1; j <= n; j++) {
  const value = data[1 + j]!;
  const i = firstIndex.get(target - value);
  if (i !== undefined) {
    answer = `${i} ${j}`;
    break;
  }
  if (!firstIndex.has(value)) firstIndex.set(value, j);
}
console.log(answer);
