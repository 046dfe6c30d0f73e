import { readFileSync } from 'node:fs';

const tokens = readFileSync(0, 'utf8').trim().split(/\s+/);

// Returns the code points if bytes is well-formed UTF-8, otherwise the offset (a number) where
// the first character that is not well-formed starts.
function solve(bytes: Uint8Array): number[] | number {
  // TODO
  return 0;
}

const n = Number(tokens[0]);
const out: string[] = [];
for (let i = 1; i <= n; i++) {
  const result = solve(Buffer.from(tokens[i] ?? '', 'hex'));
  if (typeof result === 'number') out.push(`INVALID ${result}`);
  else out.push(result.map((p) => 'U+' + p.toString(16).toUpperCase().padStart(4, '0')).join(' '));
}
process.stdout.write(out.join('\n') + '\n');
