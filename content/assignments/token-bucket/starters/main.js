const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);

// requests: array of [t, client, cost]. Returns one [allowed, value] per request: value is the
// whole tokens left when allowed, the milliseconds to wait when denied.
function solve(capacity, rate, requests) {
  // TODO
  return requests.map(() => [true, 0]);
}

const capacity = Number(data[0]);
const rate = Number(data[1]);
const n = Number(data[2]);
const requests = [];
for (let i = 0; i < n; i++) requests.push([Number(data[3 + 3 * i]), data[4 + 3 * i], Number(data[5 + 3 * i])]);
const decisions = solve(capacity, rate, requests);
process.stdout.write(decisions.map(([allowed, value]) => `${allowed ? 'ALLOW' : 'DENY'} ${value}\n`).join(''));
