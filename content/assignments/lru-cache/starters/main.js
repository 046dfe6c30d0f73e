const data = require('fs').readFileSync(0, 'utf8').split(/\s+/);

// commands: array of [name, key, value] strings (value is '' for GET); values can exceed
// 2^53, so keep them as strings. Returns the lines to print: each GET's value or '-1', and
// 'EVICT key' for each eviction.
function solve(capacity, commands) {
  // TODO
  return commands.filter(([name]) => name === 'GET').map(() => '-1');
}

const capacity = Number(data[0]);
const q = Number(data[1]);
const commands = [];
let pos = 2;
for (let i = 0; i < q; i++) {
  if (data[pos] === 'GET') {
    commands.push(['GET', data[pos + 1], '']);
    pos += 2;
  } else {
    commands.push(['PUT', data[pos + 1], data[pos + 2]]);
    pos += 3;
  }
}
process.stdout.write(solve(capacity, commands).map((line) => line + '\n').join(''));
