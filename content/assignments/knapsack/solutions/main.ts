import { readFileSync } from 'node:fs';

const data = readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
const n = data[0]!;
const capacity = data[1]!;
const weight: number[] = [];
const value: number[] = [];
for (let i = 0; i < n; i++) {
  weight.push(data[2 + 2 * i]!);
  value.push(data[3 + 2 * i]!);
}
// best[i][c]: the most jobs i..n-1 can earn within c GB; best[n] is all zeros. Totals stay
// below 2^53, so Numbers (doubles) hold them exactly.
const best: Float64Array[] = new Array(n + 1);
best[n] = new Float64Array(capacity + 1);
for (let i = n - 1; i >= 0; i--) {
  const after = best[i + 1]!;
  const row = Float64Array.from(after);
  const w = weight[i]!;
  const v = value[i]!;
  for (let c = w; c <= capacity; c++) row[c] = Math.max(after[c]!, after[c - w]! + v);
  best[i] = row;
}
// Taking each job, in order, whenever the rest can still reach the optimum gives the
// lexicographically smallest optimal set.
const chosen: number[] = [];
for (let i = 0, c = capacity; i < n; i++) {
  const w = weight[i]!;
  if (w <= c && value[i]! + best[i + 1]![c - w]! === best[i]![c]) {
    chosen.push(i + 1);
    c -= w;
  }
}
process.stdout.write(`${best[0]![capacity]} ${chosen.length}\n${chosen.join(' ')}\n`);
