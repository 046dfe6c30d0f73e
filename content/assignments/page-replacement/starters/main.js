const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);

// Returns [fifo, lru, opt]: the number of page faults under each policy.
function solve(frames, pages) {
  // TODO
  return [0, 0, 0];
}

const frames = data[0];
const n = data[1];
const [fifo, lru, opt] = solve(frames, data.slice(2, 2 + n));
process.stdout.write(`FIFO ${fifo}\nLRU ${lru}\nOPT ${opt}\n`);
