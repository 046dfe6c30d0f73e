const [s, t] = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);

function solve(s, t) {
  // TODO: return the length of the longest common subsequence of s and t.
  return 0;
}

console.log(solve(s, t));
