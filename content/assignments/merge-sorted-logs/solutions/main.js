const tokens = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);

// A binary min-heap of stream indices; `before(a, b)` says whether stream a's next line comes first.
class StreamHeap {
  constructor(before) {
    this.items = [];
    this.before = before;
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

  get size() {
    return this.items.length;
  }
}

const k = Number(tokens[0]);
const streams = []; // per stream: [{ t (BigInt: up to 10^18), text, message }]
let pos = 1;
for (let s = 0; s < k; s++) {
  const m = Number(tokens[pos++]);
  const lines = [];
  for (let j = 0; j < m; j++, pos += 2) lines.push({ t: BigInt(tokens[pos]), text: tokens[pos], message: tokens[pos + 1] });
  streams.push(lines);
}
const next = new Array(k).fill(0);
const heap = new StreamHeap((a, b) => {
  const ta = streams[a][next[a]].t;
  const tb = streams[b][next[b]].t;
  return ta !== tb ? ta < tb : a < b;
});
for (let s = 0; s < k; s++) if (streams[s].length > 0) heap.push(s);
const out = [];
while (heap.size > 0) {
  const s = heap.pop();
  const line = streams[s][next[s]];
  out.push(`${line.text} ${s + 1} ${line.message}`);
  // The stream's key changes only while it is out of the heap.
  if (++next[s] < streams[s].length) heap.push(s);
}
process.stdout.write(out.join('\n') + '\n');
