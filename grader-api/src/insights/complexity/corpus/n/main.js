/* eslint-disable @typescript-eslint/no-require-imports, no-console -- a learner's CommonJS program, as the grader runs it */
const data = require('fs').readFileSync(0, 'utf8').split(/\s+/);
const n = Number(data[0]);
let s = 0;
for (let i = 1; i <= n; i++) s += Number(data[i]);
console.log(s);
