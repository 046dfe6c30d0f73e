const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
const rate = Number(data[1]);
const n = Number(data[2]);
const full = 1000 * Number(data[0]); // amounts are in thousandths of a token
// client -> { held, last }; a new client starts full at time 0.
const buckets = new Map();
const out = [];
for (let i = 0; i < n; i++) {
  const t = Number(data[3 + 3 * i]);
  const client = data[4 + 3 * i];
  const need = 1000 * Number(data[5 + 3 * i]);
  let bucket = buckets.get(client);
  if (bucket === undefined) {
    bucket = { held: full, last: t };
    buckets.set(client, bucket);
  }
  const gap = t - bucket.last;
  // rate * gap can pass 2^53; when the gap is long enough to fill the bucket, it is simply full.
  let held = gap > Math.floor(full / rate) ? full : Math.min(full, bucket.held + rate * gap);
  if (held >= need) {
    held -= need;
    out.push(`ALLOW ${Math.floor(held / 1000)}`);
  } else {
    out.push(`DENY ${Math.ceil((need - held) / rate)}`);
  }
  bucket.held = held;
  bucket.last = t;
}
process.stdout.write(out.join('\n') + '\n');
