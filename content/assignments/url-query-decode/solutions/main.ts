import { readFileSync } from 'node:fs';

const badEscape = /%(?![0-9a-fA-F]{2})/;

// Valid escapes only (checked first), and each name and value is whole UTF-8, so this cannot throw.
function decode(text: string): string {
  return decodeURIComponent(text.replaceAll('+', ' '));
}

const lines = readFileSync(0, 'utf8').split('\n');
const q = Number(lines[0]);
const out: string[] = [];
for (let i = 1; i <= q; i++) {
  const query = (lines[i] ?? '').trim();
  const bad = badEscape.exec(query);
  if (bad) {
    out.push(`INVALID ${bad.index}`);
    continue;
  }
  // A Map iterates its keys in insertion order: the order of first appearance.
  const valuesByName = new Map<string, string[]>();
  let count = 0;
  for (const segment of query.split('&')) {
    if (segment === '') continue;
    const eq = segment.indexOf('=');
    const name = decode(eq < 0 ? segment : segment.slice(0, eq));
    const value = eq < 0 ? '' : decode(segment.slice(eq + 1));
    const values = valuesByName.get(name);
    if (values) values.push(value);
    else valuesByName.set(name, [value]);
    count++;
  }
  out.push(String(count));
  for (const [name, values] of valuesByName) {
    for (const value of values) out.push(`${name}=${value}`);
  }
}
process.stdout.write(out.join('\n') + '\n');
