import { readFileSync } from 'node:fs';

// A binary min-heap; `before(a, b)` says whether a comes out first.
class MinHeap<T> {
  private readonly items: T[] = [];
  private readonly before: (a: T, b: T) => boolean;

  constructor(before: (a: T, b: T) => boolean) {
    this.before = before;
  }

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const items = this.items;
    let i = items.push(item) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): T {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && this.before(items[left]!, items[smallest]!)) smallest = left;
        if (right < items.length && this.before(items[right]!, items[smallest]!)) smallest = right;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest]!, items[i]!];
        i = smallest;
      }
    }
    return top;
  }
}

interface Running {
  end: number; // times stay below 10^14: exact in a Number
  job: number;
}

const data = readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
const [n, m, workers] = [data[0]!, data[1]!, data[2]!];
const duration = [0, ...data.slice(3, 3 + n)];
const dependents: number[][] = Array.from({ length: n + 1 }, () => []);
const waitingOn: number[] = new Array<number>(n + 1).fill(0);
for (let k = 3 + n; k < 3 + n + 2 * m; k += 2) {
  const [a, b] = [data[k]!, data[k + 1]!];
  dependents[a]!.push(b);
  waitingOn[b] = waitingOn[b]! + 1;
}
const ready = new MinHeap<number>((a, b) => a < b);
for (let job = 1; job <= n; job++) if (waitingOn[job] === 0) ready.push(job);
const running = new MinHeap<Running>((a, b) => a.end < b.end);
const start: number[] = new Array<number>(n + 1).fill(0);
let now = 0;
let started = 0;
let freeWorkers = workers;
for (;;) {
  while (freeWorkers > 0 && ready.size > 0) {
    const job = ready.pop();
    start[job] = now;
    running.push({ end: now + duration[job]!, job });
    started++;
    freeWorkers--;
  }
  const first = running.peek();
  if (!first) break;
  now = first.end;
  // Every job ending now finishes before any worker is handed out again.
  while (running.size > 0 && running.peek()!.end === now) {
    const { job } = running.pop();
    freeWorkers++;
    for (const next of dependents[job]!) {
      waitingOn[next] = waitingOn[next]! - 1;
      if (waitingOn[next] === 0) ready.push(next);
    }
  }
}
process.stdout.write(started < n ? 'CYCLE\n' : `${now}\n${start.slice(1).join(' ')}\n`);
