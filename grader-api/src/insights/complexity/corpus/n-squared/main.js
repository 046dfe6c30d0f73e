/* eslint-disable @typescript-eslint/no-require-imports, no-console -- a learner's CommonJS program, as the grader runs it */
// How many pairs i < j sum to 1000: every pair is tried.
const data = require('fs').readFileSync(0, 'utf8').split(/\s+/);
const n = Number(data[0]);
const a = new Int32Array(n);
for (let i = 0; i < n; i++) a[i] = Number(data[i + 1]);
let c = 0;
for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (a[i] + a[j] === 1000) c++;
console.log(c);
