const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const q = Number(lines[0]);
const badEscape = /%(?![0-9a-fA-F]{2})/;
const out = [];
for (let i = 1; i <= q; i++) {
  const query = lines[i].trim();
  const bad = badEscape.exec(query);
  if (bad) {
    out.push(`INVALID ${bad.index}`);
    continue;
  }
  // URLSearchParams follows the same rules: split at '&', skip empty parts, '+' is a space.
  // A Map iterates its keys in insertion order: the order of first appearance.
  const valuesByName = new Map();
  let count = 0;
  for (const [name, value] of new URLSearchParams(query)) {
    if (!valuesByName.has(name)) valuesByName.set(name, []);
    valuesByName.get(name).push(value);
    count++;
  }
  out.push(String(count));
  for (const [name, values] of valuesByName) {
    for (const value of values) out.push(`${name}=${value}`);
  }
}
process.stdout.write(out.join('\n') + '\n');
