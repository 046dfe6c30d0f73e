const lines = require('fs').readFileSync(0, 'utf8').split('\n');

// left and right are the CSV lines of each table, header first. Returns the lines of the
// joined table, header first.
function solve(join, leftKey, rightKey, left, right) {
  // TODO
  return [];
}

const [join, leftKey, rightKey] = lines[0].trim().split(' ');
const a = Number(lines[1]);
const left = lines.slice(2, 3 + a);
const b = Number(lines[3 + a]);
const right = lines.slice(4 + a, 5 + a + b);
process.stdout.write(solve(join, leftKey, rightKey, left, right).map((line) => line + '\n').join(''));
