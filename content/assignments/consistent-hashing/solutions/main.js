const tokens = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);

const MASK = (1n << 64n) - 1n;

// FNV-1a 64, then the MurmurHash3 finalizer (fmix64), as BigInts modulo 2^64.
function ringHash(s) {
  let h = 14695981039346656037n;
  for (let i = 0; i < s.length; i++) h = ((h ^ BigInt(s.charCodeAt(i))) * 1099511628211n) & MASK;
  h ^= h >> 33n;
  h = (h * 0xff51afd7ed558ccdn) & MASK;
  h ^= h >> 33n;
  h = (h * 0xc4ceb9fe1a85ec53n) & MASK;
  return h ^ (h >> 33n);
}

// Ring order: hash, then node name, then replica number.
function compare(a, b) {
  if (a.hash !== b.hash) return a.hash < b.hash ? -1 : 1;
  if (a.node !== b.node) return a.node < b.node ? -1 : 1;
  return a.replica - b.replica;
}

// The first index in the sorted array whose element is not before the target.
function lowerBound(items, isBefore) {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Merges two arrays sorted by `compare` into one.
function merge(a, b) {
  const merged = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j === b.length || (i < a.length && compare(a[i], b[j]) < 0)) merged.push(a[i++]);
    else merged.push(b[j++]);
  }
  return merged;
}

const [v, k, q] = [Number(tokens[0]), Number(tokens[1]), Number(tokens[2])];
const keys = tokens.slice(3, 3 + k).map(ringHash).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const keysUpTo = (h) => lowerBound(keys, (x) => x <= h);
let ring = []; // sorted: the ring clockwise
const onRing = new Map(); // node -> its points
const knownPoints = new Map(); // node -> its points, hashed once per name
const indexOf = (p) => lowerBound(ring, (x) => compare(x, p) < 0);

// Tracked keys owned by a point on the ring: after its predecessor, up to it.
function ownedBy(p) {
  if (ring.length === 1) return k;
  const j = indexOf(p);
  if (j === 0) return keysUpTo(p.hash) + k - keysUpTo(ring[ring.length - 1].hash);
  return keysUpTo(p.hash) - keysUpTo(ring[j - 1].hash);
}

const out = [];
for (let pos = 3 + k; pos < 3 + k + 2 * q; pos += 2) {
  const [command, name] = [tokens[pos], tokens[pos + 1]];
  if (command === 'LOOKUP') {
    const h = ringHash(name);
    out.push(ring.length === 0 ? 'NONE' : ring[lowerBound(ring, (x) => x.hash < h) % ring.length].node);
    continue;
  }
  const adding = command === 'ADD';
  if (adding === onRing.has(name)) {
    out.push(0); // already there, or not there to remove
    continue;
  }
  let moved = 0;
  if (adding) {
    let points = knownPoints.get(name);
    if (!points) {
      points = [];
      for (let r = 0; r < v; r++) points.push({ hash: ringHash(`${name}#${r}`), node: name, replica: r });
      points.sort(compare);
      knownPoints.set(name, points);
    }
    onRing.set(name, points);
    ring = merge(ring, points);
    // The node was nowhere before, so every key it owns now has moved.
    for (const p of points) moved += ownedBy(p);
  } else {
    const points = onRing.get(name);
    onRing.delete(name);
    for (const p of points) moved += ownedBy(p);
    ring = ring.filter((p) => p.node !== name);
  }
  out.push(moved);
}
process.stdout.write(out.join('\n') + '\n');
