import { readFileSync } from 'node:fs';

// invalidAt is -1, or the position of the first invalid escape (and pairs is then empty).
interface Decoded {
  invalidAt: number;
  pairs: [name: string, value: string][];
}

const lines = readFileSync(0, 'utf8').split('\n');

// Returns the decoded pairs grouped by name, or where the first invalid escape is.
function solve(query: string): Decoded {
  // TODO
  return { invalidAt: -1, pairs: [] };
}

const q = Number(lines[0]);
const out: string[] = [];
for (let i = 1; i <= q; i++) {
  const { invalidAt, pairs } = solve((lines[i] ?? '').trim());
  if (invalidAt >= 0) {
    out.push(`INVALID ${invalidAt}`);
  } else {
    out.push(String(pairs.length));
    for (const [name, value] of pairs) out.push(`${name}=${value}`);
  }
}
process.stdout.write(out.join('\n') + '\n');
