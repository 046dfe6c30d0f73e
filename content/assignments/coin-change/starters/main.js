const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);

function solve(amount, coins) {
  // TODO: return the fewest coins that add up to amount, or -1 if none do.
  return -1;
}

const [n, amount] = data;
console.log(solve(amount, data.slice(2, 2 + n)));
