const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);

// intervals: array of [l, r]. Returns the merged intervals in increasing order of l.
function solve(intervals) {
  // TODO
  return [];
}

const n = data[0];
const intervals = [];
for (let k = 0; k < n; k++) intervals.push([data[1 + 2 * k], data[2 + 2 * k]]);
const merged = solve(intervals);
const out = [String(merged.length), ...merged.map(([l, r]) => `${l} ${r}`)];
process.stdout.write(out.join('\n') + '\n');
