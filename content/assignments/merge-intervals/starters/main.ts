import { readFileSync } from 'node:fs';

type Interval = [number, number];

const data = readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);

// Returns the merged intervals in increasing order of their left end.
function solve(intervals: Interval[]): Interval[] {
  // TODO
  return [];
}

const n = data[0] ?? 0;
const intervals: Interval[] = [];
for (let k = 0; k < n; k++) intervals.push([data[1 + 2 * k] ?? 0, data[2 + 2 * k] ?? 0]);
const merged = solve(intervals);
const out = [String(merged.length), ...merged.map(([l, r]) => `${l} ${r}`)];
process.stdout.write(out.join('\n') + '\n');
