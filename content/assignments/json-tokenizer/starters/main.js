// latin1: one character per byte, so positions in the string are byte offsets.
const text = require('fs').readFileSync(0, 'latin1');

// Returns { lines, error }: the output line of every token before the first error, and the
// position of that error (-1 if there is none).
function solve(text) {
  // TODO
  return { lines: [], error: -1 };
}

const { lines, error } = solve(text);
if (error >= 0) lines.push(`ERROR ${error}`);
process.stdout.write(lines.map((line) => line + '\n').join(''));
