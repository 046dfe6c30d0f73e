const [s, t] = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);

function solve(s, t) {
  // TODO: return true when t is an anagram of s.
  return false;
}

console.log(solve(s, t) ? 'YES' : 'NO');
