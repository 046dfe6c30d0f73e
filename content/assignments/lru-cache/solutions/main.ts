import { readFileSync } from 'node:fs';

/**
 * A Map iterates in insertion order, so deleting and re-inserting a key makes it the most
 * recently used, and the first key is the least recently used.
 */
class LruCache<K, V> {
  readonly #entries = new Map<K, V>();
  readonly #capacity: number;

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  get(key: K): V | undefined {
    const value = this.#entries.get(key);
    if (value !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, value);
    }
    return value;
  }

  /** Returns the key it evicted to make room, if any. */
  put(key: K, value: V): { evicted: K } | undefined {
    let eviction: { evicted: K } | undefined;
    if (this.#entries.has(key)) {
      this.#entries.delete(key);
    } else if (this.#entries.size === this.#capacity) {
      const evicted = this.#entries.keys().next().value as K;
      this.#entries.delete(evicted);
      eviction = { evicted };
    }
    this.#entries.set(key, value);
    return eviction;
  }
}

const data = readFileSync(0, 'utf8').split(/\s+/);
const q = Number(data[1]);
// Values stay strings: they can exceed 2^53.
const cache = new LruCache<string, string>(Number(data[0]));
const out: string[] = [];
let pos = 2;
for (let i = 0; i < q; i++) {
  const command = data[pos]!;
  const key = data[pos + 1]!;
  if (command === 'GET') {
    pos += 2;
    out.push(cache.get(key) ?? '-1');
  } else {
    const eviction = cache.put(key, data[pos + 2]!);
    pos += 3;
    if (eviction) out.push(`EVICT ${eviction.evicted}`);
  }
}
process.stdout.write(out.join('\n') + '\n');
