import { readFileSync } from 'node:fs';

const data = readFileSync(0, 'utf8').trim().split(/\s+/);
const [n, q] = [Number(data[0]), Number(data[1])];
const parent = new Int32Array(n + 1).map((_, k) => k);
const size = new Int32Array(n + 1).fill(1);
let components = n;

function find(x: number): number {
  while (parent[x] !== x) {
    parent[x] = parent[parent[x]!]!; // path halving
    x = parent[x]!;
  }
  return x;
}

const out: (string | number)[] = [];
let pos = 2;
for (let i = 0; i < q; i++) {
  const op = data[pos];
  if (op === 'COUNT') {
    out.push(components);
    pos += 1;
    continue;
  }
  let ra = find(Number(data[pos + 1]));
  let rb = find(Number(data[pos + 2]));
  pos += 3;
  if (op === 'QUERY') {
    out.push(ra === rb ? 'YES' : 'NO');
  } else if (ra !== rb) {
    if (size[ra]! < size[rb]!) [ra, rb] = [rb, ra];
    parent[rb] = ra; // the smaller tree goes under the larger
    size[ra] = size[ra]! + size[rb]!;
    components--;
  }
}
process.stdout.write(out.join('\n') + '\n');
