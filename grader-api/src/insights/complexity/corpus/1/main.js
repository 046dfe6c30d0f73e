/* eslint-disable @typescript-eslint/no-require-imports, no-console -- a learner's CommonJS program, as the grader runs it */
const n = Number(require('fs').readFileSync(0, 'utf8').trim());
console.log(n * 2);
