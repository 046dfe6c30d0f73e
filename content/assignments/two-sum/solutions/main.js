const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
const [n, target] = data;
// Scanning j upwards and remembering each value's first index yields the smallest j,
// and for it the smallest i.
const firstIndex = new Map();
let answer = '-1';
for (let j = 1; j <= n; j++) {
  const value = data[1 + j];
  const i = firstIndex.get(target - value);
  if (i !== undefined) {
    answer = `${i} ${j}`;
    break;
  }
  if (!firstIndex.has(value)) firstIndex.set(value, j);
}
console.log(answer);
