const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);

// roads: array of [u, v, w]. Returns the n shortest distances from junction 1 (-1 where unreachable).
function solve(n, roads) {
  // TODO
  return new Array(n).fill(-1);
}

const [n, m] = data;
const roads = [];
for (let k = 0; k < m; k++) roads.push([data[2 + 3 * k], data[3 + 3 * k], data[4 + 3 * k]]);
console.log(solve(n, roads).join(' '));
