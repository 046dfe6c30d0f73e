const data = require('fs').readFileSync(0, 'utf8').split(/\s+/);
const capacity = Number(data[0]);
const q = Number(data[1]);
// A Map iterates in insertion order, so deleting and re-inserting a key makes it the most
// recently used and the first key is the least recently used. Values stay strings: they
// can exceed 2^53.
const cache = new Map();
const out = [];
let pos = 2;
for (let i = 0; i < q; i++) {
  const command = data[pos];
  const key = data[pos + 1];
  if (command === 'GET') {
    pos += 2;
    const value = cache.get(key);
    if (value === undefined) {
      out.push('-1');
    } else {
      cache.delete(key);
      cache.set(key, value);
      out.push(value);
    }
  } else {
    const value = data[pos + 2];
    pos += 3;
    if (cache.has(key)) {
      cache.delete(key);
    } else if (cache.size === capacity) {
      const evicted = cache.keys().next().value;
      cache.delete(evicted);
      out.push(`EVICT ${evicted}`);
    }
    cache.set(key, value);
  }
}
process.stdout.write(out.join('\n') + '\n');
