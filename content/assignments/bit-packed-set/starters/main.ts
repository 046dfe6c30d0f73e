import { readFileSync } from 'node:fs';

interface Command {
  name: string;
  x: number;
  r: number; // 0 unless the command is COUNT
}

const data = readFileSync(0, 'utf8').trim().split(/\s+/);

// Returns the answers of HAS ('YES'/'NO'), COUNT and NEXT in order, as strings.
function solve(k: number, commands: Command[]): string[] {
  // TODO
  return commands.filter((c) => c.name !== 'ADD' && c.name !== 'REMOVE').map(() => 'NO');
}

const k = Number(data[0]);
const q = Number(data[1]);
const commands: Command[] = [];
let pos = 2;
for (let i = 0; i < q; i++) {
  const name = data[pos] ?? '';
  const x = Number(data[pos + 1]);
  pos += 2;
  const r = name === 'COUNT' ? Number(data[pos++]) : 0;
  commands.push({ name, x, r });
}
process.stdout.write(solve(k, commands).map((line) => line + '\n').join(''));
