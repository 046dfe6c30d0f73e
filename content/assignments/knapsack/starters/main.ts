import { readFileSync } from 'node:fs';

type Job = [memory: number, credits: number];

const data = readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);

// Returns the maximum total credits and the lexicographically smallest optimal list of job
// numbers (jobs[i] is job i + 1), in increasing order.
function solve(capacity: number, jobs: Job[]): { total: number; chosen: number[] } {
  // TODO
  return { total: 0, chosen: [] };
}

const n = data[0] ?? 0;
const capacity = data[1] ?? 0;
const jobs: Job[] = [];
for (let i = 0; i < n; i++) jobs.push([data[2 + 2 * i] ?? 0, data[3 + 2 * i] ?? 0]);
const { total, chosen } = solve(capacity, jobs);
process.stdout.write(`${total} ${chosen.length}\n${chosen.join(' ')}\n`);
