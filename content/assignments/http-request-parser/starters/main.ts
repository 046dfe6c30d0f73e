import { readFileSync } from 'node:fs';

// Parses the requests of one connection (wanted holds the lowercase header names to report)
// and returns its output lines.
function solve(wanted: string[], stream: string): string[] {
  // TODO
  return [];
}

// latin1: one character per byte, so string positions are byte offsets.
const data = readFileSync(0, 'latin1');
let pos = 0;
const nextLine = (): string => {
  const end = data.indexOf('\n', pos);
  const line = data.slice(pos, end);
  pos = end + 1;
  return line;
};
const wanted = nextLine().trim().split(/\s+/).slice(1).map((name) => name.toLowerCase());
const out: string[] = [];
for (let c = Number(nextLine()); c > 0; c--) {
  const size = Number(nextLine());
  out.push(...solve(wanted, data.slice(pos, pos + size)));
  pos += size + 1; // the connection's bytes and the line feed after them
}
process.stdout.write(out.map((line) => line + '\n').join(''));
