const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);

// A binary min-heap; `before(a, b)` says whether a comes out first.
class MinHeap {
  constructor(before) {
    this.items = [];
    this.before = before;
  }

  get size() {
    return this.items.length;
  }

  peek() {
    return this.items[0];
  }

  push(item) {
    const items = this.items;
    let i = items.push(item) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(items[i], items[parent])) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }

  pop() {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && this.before(items[left], items[smallest])) smallest = left;
        if (right < items.length && this.before(items[right], items[smallest])) smallest = right;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest], items[i]];
        i = smallest;
      }
    }
    return top;
  }
}

const [n, m, workers] = data;
const duration = [0, ...data.slice(3, 3 + n)]; // times stay below 10^14: exact in a Number
const dependents = Array.from({ length: n + 1 }, () => []);
const waitingOn = new Array(n + 1).fill(0);
for (let k = 3 + n; k < 3 + n + 2 * m; k += 2) {
  dependents[data[k]].push(data[k + 1]);
  waitingOn[data[k + 1]]++;
}
const ready = new MinHeap((a, b) => a < b);
for (let job = 1; job <= n; job++) if (waitingOn[job] === 0) ready.push(job);
const running = new MinHeap((a, b) => a.end < b.end); // { end, job }
const start = new Array(n + 1).fill(0);
let now = 0;
let started = 0;
let freeWorkers = workers;
for (;;) {
  while (freeWorkers > 0 && ready.size > 0) {
    const job = ready.pop();
    start[job] = now;
    running.push({ end: now + duration[job], job });
    started++;
    freeWorkers--;
  }
  if (running.size === 0) break;
  now = running.peek().end;
  // Every job ending now finishes before any worker is handed out again.
  while (running.size > 0 && running.peek().end === now) {
    const { job } = running.pop();
    freeWorkers++;
    for (const next of dependents[job]) if (--waitingOn[next] === 0) ready.push(next);
  }
}
process.stdout.write(started < n ? 'CYCLE\n' : `${now}\n${start.slice(1).join(' ')}\n`);
