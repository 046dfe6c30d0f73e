/* eslint-disable @typescript-eslint/no-require-imports, no-console -- a learner's CommonJS program, as the grader runs it */
// How many subsets of the n numbers sum to half their total: every subset is enumerated.
const data = require('fs').readFileSync(0, 'utf8').split(/\s+/);
const n = Number(data[0]);
const a = [];
let total = 0;
for (let i = 1; i <= n; i++) {
  a.push(Number(data[i]));
  total += a[a.length - 1];
}
const target = Math.floor(total / 2);
function count(i, s) {
  if (i === n) return s === target ? 1 : 0;
  return count(i + 1, s) + count(i + 1, s + a[i]);
}
console.log(count(0, 0));
