const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);

// rules: array of [a, b] (a before b). Returns the lexicographically smallest valid order,
// or [] if there is none.
function solve(n, rules) {
  // TODO
  return [];
}

const [n, m] = data;
const rules = [];
for (let k = 0; k < m; k++) rules.push([data[2 + 2 * k], data[3 + 2 * k]]);
const order = solve(n, rules);
console.log(order.length > 0 ? order.join(' ') : 'IMPOSSIBLE');
