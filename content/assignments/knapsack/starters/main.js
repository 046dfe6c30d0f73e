const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);

// jobs[i] = [memory, credits] of job i + 1. Returns { total, chosen }: the maximum total
// credits and the lexicographically smallest optimal list of job numbers, in increasing order.
function solve(capacity, jobs) {
  // TODO
  return { total: 0, chosen: [] };
}

const [n, capacity] = data;
const jobs = [];
for (let i = 0; i < n; i++) jobs.push([data[2 + 2 * i], data[3 + 2 * i]]);
const { total, chosen } = solve(capacity, jobs);
process.stdout.write(`${total} ${chosen.length}\n${chosen.join(' ')}\n`);
