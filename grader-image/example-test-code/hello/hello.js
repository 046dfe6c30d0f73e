// Reads a name on stdin and greets it: the smallest proof that the language works end to end.
const name = require('node:fs').readFileSync(0, 'utf8').trim();
console.log(`Hello, ${name}!`);
