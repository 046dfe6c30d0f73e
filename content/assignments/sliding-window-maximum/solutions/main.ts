import { readFileSync } from 'node:fs';

const data = readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
const n = data[0]!;
const k = data[1]!;
const values = data.slice(2, 2 + n);
// window[head..tail-1]: indices whose values strictly decrease. An equal value does not push out
// an earlier index, so the front is always the leftmost maximum.
const window = new Int32Array(n);
let head = 0;
let tail = 0;
const out: string[] = [];
for (let i = 0; i < n; i++) {
  const value = values[i]!;
  while (tail > head && values[window[tail - 1]!]! < value) tail--;
  window[tail++] = i;
  if (window[head]! <= i - k) head++;
  if (i >= k - 1) out.push(`${values[window[head]!]} ${window[head]}`);
}
process.stdout.write(out.join('\n') + '\n');
