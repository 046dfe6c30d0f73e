const lines = require('fs').readFileSync(0, 'utf8').split('\n');

// Returns the value of the expression in decimal, or 'OVERFLOW', or 'DIVISION BY ZERO'.
// JavaScript numbers are exact only up to 2^53: compute with BigInt.
function solve(expression) {
  // TODO
  return '0';
}

const n = Number(lines[0]);
const out = [];
for (let i = 1; i <= n; i++) out.push(solve(lines[i]));
process.stdout.write(out.join('\n') + '\n');
