import { readFileSync } from 'node:fs';

type Faults = [fifo: number, lru: number, opt: number];

const data = readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);

// Returns the number of page faults under each policy.
function solve(frames: number, pages: number[]): Faults {
  // TODO
  return [0, 0, 0];
}

const frames = data[0] ?? 0;
const n = data[1] ?? 0;
const [fifo, lru, opt] = solve(frames, data.slice(2, 2 + n));
process.stdout.write(`FIFO ${fifo}\nLRU ${lru}\nOPT ${opt}\n`);
