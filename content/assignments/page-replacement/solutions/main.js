const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);

function fifoFaults(frames, pages) {
  const resident = new Set();
  const loaded = []; // oldest load first, from index `oldest` on
  let oldest = 0;
  let faults = 0;
  for (const p of pages) {
    if (resident.has(p)) continue;
    faults++;
    if (resident.size === frames) resident.delete(loaded[oldest++]);
    resident.add(p);
    loaded.push(p);
  }
  return faults;
}

// A doubly linked list of page numbers 0..distinct-1 in order of use, most recent right after
// the sentinel `distinct`. (Evicting the first key of a Set or Map looks simpler, but V8 walks
// past every deleted entry to find it.)
function lruFaults(frames, pages) {
  const ids = new Map();
  for (const p of pages) if (!ids.has(p)) ids.set(p, ids.size);
  const head = ids.size;
  const prev = new Int32Array(head + 1);
  const next = new Int32Array(head + 1);
  const resident = new Uint8Array(head);
  prev[head] = next[head] = head;
  let used = 0;
  let faults = 0;
  for (const page of pages) {
    const p = ids.get(page);
    if (resident[p]) {
      next[prev[p]] = next[p];
      prev[next[p]] = prev[p];
    } else {
      faults++;
      if (used === frames) {
        const victim = prev[head];
        next[prev[victim]] = head;
        prev[head] = prev[victim];
        resident[victim] = 0;
      } else {
        used++;
      }
      resident[p] = 1;
    }
    next[p] = next[head];
    prev[p] = head;
    prev[next[head]] = p;
    next[head] = p;
  }
  return faults;
}

// A binary max-heap of [nextUse, page] pairs.
class MaxHeap {
  constructor() {
    this.items = [];
  }

  push(item) {
    const items = this.items;
    let at = items.length;
    items.push(item);
    while (at > 0 && items[(at - 1) >> 1][0] < item[0]) {
      items[at] = items[(at - 1) >> 1];
      at = (at - 1) >> 1;
    }
    items[at] = item;
  }

  pop() {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0) return top;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= items.length) break;
      if (child + 1 < items.length && items[child + 1][0] > items[child][0]) child++;
      if (items[child][0] <= last[0]) break;
      items[at] = items[child];
      at = child;
    }
    items[at] = last;
    return top;
  }
}

function optFaults(frames, pages) {
  const n = pages.length;
  const nextUse = new Array(n);
  const seen = new Map();
  for (let i = n - 1; i >= 0; i--) {
    nextUse[i] = seen.get(pages[i]) ?? n;
    seen.set(pages[i], i);
  }
  // An entry is stale once its page's next use has moved on.
  const heap = new MaxHeap();
  const residentUntil = new Map();
  let faults = 0;
  for (let i = 0; i < n; i++) {
    const p = pages[i];
    if (!residentUntil.has(p)) {
      faults++;
      if (residentUntil.size === frames) {
        for (;;) {
          const [until, victim] = heap.pop();
          if (residentUntil.get(victim) === until) {
            residentUntil.delete(victim);
            break;
          }
        }
      }
    }
    residentUntil.set(p, nextUse[i]);
    heap.push([nextUse[i], p]);
  }
  return faults;
}

const frames = data[0];
const n = data[1];
const pages = data.slice(2, 2 + n);
process.stdout.write(`FIFO ${fifoFaults(frames, pages)}\nLRU ${lruFaults(frames, pages)}\nOPT ${optFaults(frames, pages)}\n`);
