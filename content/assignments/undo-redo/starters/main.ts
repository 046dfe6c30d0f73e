import { readFileSync } from 'node:fs';

// [name, argument]; the argument is '' for UNDO, REDO and PRINT.
type Command = [name: string, arg: string];

const lines = readFileSync(0, 'utf8').split('\n');

// Returns the text printed by each PRINT.
function solve(commands: Command[]): string[] {
  // TODO
  return commands.filter(([name]) => name === 'PRINT').map(() => '');
}

const q = Number(lines[0]);
const commands: Command[] = [];
for (let i = 1; i <= q; i++) {
  const [name = '', arg = ''] = (lines[i] ?? '').trim().split(' ');
  commands.push([name, arg]);
}
process.stdout.write(solve(commands).map((text) => text + '\n').join(''));
