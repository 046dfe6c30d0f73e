const tokens = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);

// streams: for each stream, an array of [t, message] with t a BigInt (up to 10^18). Returns
// [t, stream number counting from 1, message] for every line, ordered by t, then stream
// number, keeping each stream's own order.
function solve(streams) {
  // TODO
  return [];
}

const k = Number(tokens[0]);
const streams = [];
let pos = 1;
for (let s = 0; s < k; s++) {
  const m = Number(tokens[pos++]);
  const lines = [];
  for (let j = 0; j < m; j++, pos += 2) lines.push([BigInt(tokens[pos]), tokens[pos + 1]]);
  streams.push(lines);
}
const merged = solve(streams);
process.stdout.write(merged.map(([t, s, message]) => `${t} ${s} ${message}\n`).join(''));
