import { readFileSync } from 'node:fs';

interface Line {
  t: bigint; // up to 10^18: beyond the exact range of a Number
  text: string;
  message: string;
}

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

const tokens = readFileSync(0, 'utf8').trim().split(/\s+/);
const k = Number(tokens[0]);
const streams: Line[][] = [];
let pos = 1;
for (let s = 0; s < k; s++) {
  const m = Number(tokens[pos++]);
  const lines: Line[] = [];
  for (let j = 0; j < m; j++, pos += 2) lines.push({ t: BigInt(tokens[pos]!), text: tokens[pos]!, message: tokens[pos + 1]! });
  streams.push(lines);
}
const next: number[] = new Array<number>(k).fill(0);
const head = (s: number): Line => streams[s]![next[s]!]!;
const heap = new MinHeap<number>((a, b) => (head(a).t !== head(b).t ? head(a).t < head(b).t : a < b));
for (let s = 0; s < k; s++) if (streams[s]!.length > 0) heap.push(s);
const out: string[] = [];
while (heap.size > 0) {
  const s = heap.pop();
  const line = head(s);
  out.push(`${line.text} ${s + 1} ${line.message}`);
  // The stream's key changes only while it is out of the heap.
  next[s] = next[s]! + 1;
  if (next[s]! < streams[s]!.length) heap.push(s);
}
process.stdout.write(out.join('\n') + '\n');
