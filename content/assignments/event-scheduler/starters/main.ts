import { readFileSync } from 'node:fs';

// time is `at` for SCHEDULE and EVERY and `t` for ADVANCE; fields a command does not have are 0.
interface Command {
  name: string;
  id: number;
  time: number;
  period: number;
}

const data = readFileSync(0, 'utf8').trim().split(/\s+/);

// Returns the lines to print: 'time id' for every event fired, then 'PENDING k'.
function solve(commands: Command[]): string[] {
  // TODO
  return ['PENDING 0'];
}

const q = Number(data[0]);
const commands: Command[] = [];
let pos = 1;
for (let i = 0; i < q; i++) {
  const name = data[pos] ?? '';
  const command: Command = { name, id: 0, time: 0, period: 0 };
  if (name === 'ADVANCE') {
    command.time = Number(data[pos + 1]);
    pos += 2;
  } else if (name === 'CANCEL') {
    command.id = Number(data[pos + 1]);
    pos += 2;
  } else {
    command.id = Number(data[pos + 1]);
    command.time = Number(data[pos + 2]);
    if (name === 'EVERY') command.period = Number(data[pos + 3]);
    pos += name === 'EVERY' ? 4 : 3;
  }
  commands.push(command);
}
process.stdout.write(solve(commands).map((line) => line + '\n').join(''));
