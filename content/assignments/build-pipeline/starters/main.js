const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);

// durations[i - 1] is the duration of job i; [a, b] means b waits for a. Returns
// { makespan, start } with the start times of jobs 1..n, or null if there is a cycle.
function solve(workers, durations, dependencies) {
  // TODO
  return null;
}

const [n, m, workers] = data;
const durations = data.slice(3, 3 + n);
const dependencies = [];
for (let k = 3 + n; k < 3 + n + 2 * m; k += 2) dependencies.push([data[k], data[k + 1]]);
const schedule = solve(workers, durations, dependencies);
process.stdout.write(schedule === null ? 'CYCLE\n' : `${schedule.makespan}\n${schedule.start.join(' ')}\n`);
