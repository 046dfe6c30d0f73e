/* eslint-disable @typescript-eslint/no-require-imports, no-console -- a learner's CommonJS program, as the grader runs it */
// The largest x in [0, n] with sum_{k=1..K} floor(x / k) <= n: a binary search whose check costs K divisions.
const K = 500000;
function f(x) {
  let s = 0;
  for (let k = 1; k <= K; k++) s += Math.floor(x / k);
  return s;
}
const n = Number(require('fs').readFileSync(0, 'utf8').trim());
let lo = 0;
let hi = n;
while (lo < hi) {
  const mid = lo + Math.floor((hi - lo + 1) / 2);
  if (f(mid) <= n) lo = mid;
  else hi = mid - 1;
}
console.log(lo);
