const tokens = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
const width = Number(tokens[0]);
const words = tokens.slice(1);

// words as one line: justified to `width`, or with single spaces.
function makeLine(lineWords, justify) {
  const gaps = lineWords.length - 1;
  if (!justify || gaps === 0) return lineWords.join(' ');
  const spaces = width - lineWords.reduce((sum, w) => sum + w.length, 0);
  const wide = Math.floor(spaces / gaps);
  const extra = spaces % gaps;
  return lineWords.map((w, i) => (i < gaps ? w + ' '.repeat(wide + (i < extra ? 1 : 0)) : w)).join('');
}

const lines = [];
let first = 0;
let length = 0; // the current line: words[first..i-1], single-spaced
for (let i = 0; i < words.length; i++) {
  if (i > first && length + 1 + words[i].length > width) {
    lines.push(makeLine(words.slice(first, i), true));
    first = i;
    length = 0;
  }
  length += words[i].length + (i > first ? 1 : 0);
}
lines.push(makeLine(words.slice(first), false));
process.stdout.write(lines.join('\n') + '\n');
