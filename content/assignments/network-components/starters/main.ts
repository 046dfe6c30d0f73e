import { readFileSync } from 'node:fs';

type Operation = [op: string, a: number, b: number];

const data = readFileSync(0, 'utf8').trim().split(/\s+/);

// A COUNT is ['COUNT', 0, 0]. Returns one line per QUERY ('YES' or 'NO') and per COUNT (the
// number of components), in order.
function solve(n: number, operations: Operation[]): string[] {
  // TODO
  return [];
}

const [n, q] = [Number(data[0]), Number(data[1])];
const operations: Operation[] = [];
let pos = 2;
for (let i = 0; i < q; i++) {
  if (data[pos] === 'COUNT') {
    operations.push(['COUNT', 0, 0]);
    pos += 1;
  } else {
    operations.push([data[pos] ?? '', Number(data[pos + 1]), Number(data[pos + 2])]);
    pos += 3;
  }
}
const answers = solve(n, operations);
process.stdout.write(answers.map((line) => line + '\n').join(''));
