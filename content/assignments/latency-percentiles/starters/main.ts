import { readFileSync } from 'node:fs';

type Request = [endpoint: string, latency: number];
type Row = [endpoint: string, count: number, p50: number, p90: number, p99: number, max: number];

const data = readFileSync(0, 'utf8').trim().split(/\s+/);

// Returns one row for every endpoint, in increasing order of its name, with nearest-rank percentiles.
function solve(requests: Request[]): Row[] {
  // TODO
  return [];
}

const n = Number(data[0]);
const requests: Request[] = [];
for (let k = 1; k < 2 * n + 1; k += 2) requests.push([data[k] ?? '', Number(data[k + 1])]);
const rows = solve(requests);
process.stdout.write(rows.map((row) => row.join(' ') + '\n').join(''));
