const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
const [n, lo, hi] = [Number(data[0]), Number(data[1]), Number(data[2])];
const byService = new Map(); // service -> { requests, errors, maxLatency }
for (let k = 3; k < 3 + 4 * n; k += 4) {
  const t = Number(data[k]);
  if (t < lo || t > hi) continue;
  let s = byService.get(data[k + 1]);
  if (!s) byService.set(data[k + 1], (s = { service: data[k + 1], requests: 0, errors: 0, maxLatency: 0 }));
  s.requests++;
  if (Number(data[k + 2]) >= 500) s.errors++;
  s.maxLatency = Math.max(s.maxLatency, Number(data[k + 3]));
}
// Exact error rate, highest first (cross products, no division); then requests; then name.
const ranked = [...byService.values()].sort(
  (a, b) =>
    b.errors * a.requests - a.errors * b.requests ||
    b.requests - a.requests ||
    (a.service < b.service ? -1 : a.service > b.service ? 1 : 0),
);
const out = [String(ranked.length)];
for (const s of ranked) {
  const basisPoints = Math.floor((s.errors * 10000) / s.requests);
  const rate = `${Math.floor(basisPoints / 100)}.${String(basisPoints % 100).padStart(2, '0')}`;
  out.push(`${s.service} ${s.requests} ${s.errors} ${rate} ${s.maxLatency}`);
}
process.stdout.write(out.join('\n') + '\n');
