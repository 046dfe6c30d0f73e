import { readFileSync } from 'node:fs';

interface Schedule {
  makespan: number; // times stay below 10^14: exact in a Number
  start: number[]; // start times of jobs 1..n
}

const data = readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);

// durations[i - 1] is the duration of job i; [a, b] means b waits for a. Returns null if the
// dependencies contain a cycle.
function solve(workers: number, durations: number[], dependencies: [number, number][]): Schedule | null {
  // TODO
  return null;
}

const [n, m, workers] = [data[0] ?? 0, data[1] ?? 0, data[2] ?? 0];
const durations = data.slice(3, 3 + n);
const dependencies: [number, number][] = [];
for (let k = 3 + n; k < 3 + n + 2 * m; k += 2) dependencies.push([data[k] ?? 0, data[k + 1] ?? 0]);
const schedule = solve(workers, durations, dependencies);
process.stdout.write(schedule === null ? 'CYCLE\n' : `${schedule.makespan}\n${schedule.start.join(' ')}\n`);
