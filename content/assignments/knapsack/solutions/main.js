const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
const [n, capacity] = data;
const weight = [];
const value = [];
for (let i = 0; i < n; i++) {
  weight.push(data[2 + 2 * i]);
  value.push(data[3 + 2 * i]);
}
// best[i][c]: the most jobs i..n-1 can earn within c GB; best[n] is all zeros. Totals stay
// below 2^53, so Numbers (doubles) hold them exactly.
const best = new Array(n + 1);
best[n] = new Float64Array(capacity + 1);
for (let i = n - 1; i >= 0; i--) {
  const after = best[i + 1];
  const row = Float64Array.from(after);
  for (let c = weight[i]; c <= capacity; c++) row[c] = Math.max(after[c], after[c - weight[i]] + value[i]);
  best[i] = row;
}
// Taking each job, in order, whenever the rest can still reach the optimum gives the
// lexicographically smallest optimal set.
const chosen = [];
for (let i = 0, c = capacity; i < n; i++) {
  if (weight[i] <= c && value[i] + best[i + 1][c - weight[i]] === best[i][c]) {
    chosen.push(i + 1);
    c -= weight[i];
  }
}
process.stdout.write(`${best[0][capacity]} ${chosen.length}\n${chosen.join(' ')}\n`);
