/* eslint-disable @typescript-eslint/no-require-imports, no-console -- a learner's CommonJS program, as the grader runs it */
// Sorts n pseudo-random numbers (MINSTD from seed 12345) and prints a checksum of the order.
const n = Number(require('fs').readFileSync(0, 'utf8').trim());
const a = [];
let state = 12345;
for (let i = 0; i < n; i++) a.push((state = (state * 48271) % 2147483647));
a.sort((x, y) => x - y);
let s = 0;
for (let i = 0; i < n; i++) s += (a[i] % 1000) * (i % 7);
console.log(s);
