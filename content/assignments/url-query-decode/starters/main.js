const lines = require('fs').readFileSync(0, 'utf8').split('\n');

// Returns { invalidAt: -1, pairs } with the decoded [name, value] pairs grouped by name,
// or { invalidAt, pairs: [] } where invalidAt is the position of the first invalid escape.
function solve(query) {
  // TODO
  return { invalidAt: -1, pairs: [] };
}

const q = Number(lines[0]);
const out = [];
for (let i = 1; i <= q; i++) {
  const { invalidAt, pairs } = solve(lines[i].trim());
  if (invalidAt >= 0) {
    out.push(`INVALID ${invalidAt}`);
  } else {
    out.push(String(pairs.length));
    for (const [name, value] of pairs) out.push(`${name}=${value}`);
  }
}
process.stdout.write(out.join('\n') + '\n');
