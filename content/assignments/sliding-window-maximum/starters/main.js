const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);

// Returns, for every window of k samples, [its maximum, the leftmost index of it].
function solve(values, k) {
  // TODO
  return Array.from({ length: values.length - k + 1 }, () => [0, 0]);
}

const [n, k] = data;
const values = data.slice(2, 2 + n);
process.stdout.write(solve(values, k).map(([max, index]) => `${max} ${index}`).join('\n') + '\n');
