import { readFileSync } from 'node:fs';

type Rule = [before: number, after: number];

const data = readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);

// Returns the lexicographically smallest valid order, or [] if there is none.
function solve(n: number, rules: Rule[]): number[] {
  // TODO
  return [];
}

const n = data[0] ?? 0;
const m = data[1] ?? 0;
const rules: Rule[] = [];
for (let k = 0; k < m; k++) rules.push([data[2 + 2 * k] ?? 0, data[3 + 2 * k] ?? 0]);
const order = solve(n, rules);
console.log(order.length > 0 ? order.join(' ') : 'IMPOSSIBLE');
