import { readFileSync } from 'node:fs';

type Event = [time: number, creation: number, id: number, period: number];

const data = readFileSync(0, 'utf8').trim().split(/\s+/);

// Events are [time, creation, id, period]: creation is the index of the command that made the
// timer, which breaks ties; period 0 is a one-shot timer.
const earlier = (a: Event, b: Event): boolean => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

class MinHeap {
  private readonly items: Event[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): Event | undefined {
    return this.items[0];
  }

  push(item: Event): void {
    const items = this.items;
    let at = items.length;
    items.push(item);
    while (at > 0 && earlier(item, items[(at - 1) >> 1]!)) {
      items[at] = items[(at - 1) >> 1]!;
      at = (at - 1) >> 1;
    }
    items[at] = item;
  }

  pop(): Event {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length === 0) return top;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= items.length) break;
      if (child + 1 < items.length && earlier(items[child + 1]!, items[child]!)) child++;
      if (!earlier(items[child]!, last)) break;
      items[at] = items[child]!;
      at = child;
    }
    items[at] = last;
    return top;
  }
}

const q = Number(data[0]);
const events = new MinHeap();
// An event is stale unless active.get(id) is still its creation.
const active = new Map<number, number>();
const out: string[] = [];
let pos = 1;
for (let creation = 0; creation < q; creation++) {
  const command = data[pos];
  if (command === 'SCHEDULE' || command === 'EVERY') {
    const id = Number(data[pos + 1]);
    const at = Number(data[pos + 2]);
    const period = command === 'EVERY' ? Number(data[pos + 3]) : 0;
    pos += command === 'EVERY' ? 4 : 3;
    active.set(id, creation); // replaces any timer with this id
    events.push([at, creation, id, period]);
  } else if (command === 'CANCEL') {
    active.delete(Number(data[pos + 1]));
    pos += 2;
  } else {
    const now = Number(data[pos + 1]);
    pos += 2;
    while (events.size > 0 && events.peek()![0] <= now) {
      const [at, made, id, period] = events.pop();
      if (active.get(id) !== made) continue;
      out.push(`${at} ${id}`);
      if (period > 0) events.push([at + period, made, id, period]);
      else active.delete(id);
    }
  }
}
out.push(`PENDING ${active.size}`);
process.stdout.write(out.join('\n') + '\n');
