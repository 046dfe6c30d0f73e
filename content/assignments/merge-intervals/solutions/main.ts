import { readFileSync } from 'node:fs';

const data = readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
const n = data[0]!;
const intervals: [number, number][] = [];
for (let k = 0; k < n; k++) intervals.push([data[1 + 2 * k]!, data[2 + 2 * k]!]);
intervals.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
const merged: [number, number][] = [];
for (const [l, r] of intervals) {
  const last = merged[merged.length - 1];
  if (last && l <= last[1]) last[1] = Math.max(last[1], r);
  else merged.push([l, r]);
}
const out = [String(merged.length)];
for (const [l, r] of merged) out.push(`${l} ${r}`);
process.stdout.write(out.join('\n') + '\n');
