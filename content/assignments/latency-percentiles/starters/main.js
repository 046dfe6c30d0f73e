const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);

// requests: array of [endpoint, latency]. Returns, for every endpoint in increasing order of
// its name, [endpoint, count, p50, p90, p99, max] with nearest-rank percentiles.
function solve(requests) {
  // TODO
  return [];
}

const n = Number(data[0]);
const requests = [];
for (let k = 1; k < 2 * n + 1; k += 2) requests.push([data[k], Number(data[k + 1])]);
const rows = solve(requests);
process.stdout.write(rows.map((row) => row.join(' ') + '\n').join(''));
