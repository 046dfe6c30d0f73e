const words = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((w) => w !== '');

function solve(words) {
  // TODO: return the words in reverse order.
  return [];
}

console.log(solve(words).join(' '));
