import { readFileSync } from 'node:fs';

// name 'MALLOC' with a size, or 'FREE' with an address. Values can pass 2^53 and lose precision
// as numbers, but then they exceed the arena anyway.
interface Command {
  name: string;
  value: number;
}

const data = readFileSync(0, 'utf8').trim().split(/\s+/);

// Returns the lines to print: one answer per command, then the USED, FREE and FRAGMENTATION lines.
function solve(arena: number, commands: Command[]): string[] {
  // TODO
  return [...commands.map(() => 'NULL'), 'USED 0 0', 'FREE 0 0 0', 'FRAGMENTATION 0'];
}

const arena = Number(data[0]);
const q = Number(data[1]);
const commands: Command[] = [];
for (let i = 0; i < q; i++) commands.push({ name: data[2 + 2 * i] ?? '', value: Number(data[3 + 2 * i]) });
process.stdout.write(solve(arena, commands).map((line) => line + '\n').join(''));
