import { readFileSync } from 'node:fs';

// Keys and values stay strings: values can exceed 2^53. value is '' for GET.
interface Command {
  name: 'GET' | 'PUT';
  key: string;
  value: string;
}

const data = readFileSync(0, 'utf8').split(/\s+/);

// Returns the lines to print: each GET's value or '-1', and 'EVICT key' for each eviction.
function solve(capacity: number, commands: Command[]): string[] {
  // TODO
  return commands.filter((command) => command.name === 'GET').map(() => '-1');
}

const capacity = Number(data[0]);
const q = Number(data[1]);
const commands: Command[] = [];
let pos = 2;
for (let i = 0; i < q; i++) {
  if (data[pos] === 'GET') {
    commands.push({ name: 'GET', key: data[pos + 1] ?? '', value: '' });
    pos += 2;
  } else {
    commands.push({ name: 'PUT', key: data[pos + 1] ?? '', value: data[pos + 2] ?? '' });
    pos += 3;
  }
}
process.stdout.write(solve(capacity, commands).map((line) => line + '\n').join(''));
