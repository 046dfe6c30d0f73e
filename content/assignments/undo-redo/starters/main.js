const lines = require('fs').readFileSync(0, 'utf8').split('\n');

// commands: array of [name, argument] (the argument is '' for UNDO, REDO and PRINT).
// Returns the text printed by each PRINT.
function solve(commands) {
  // TODO
  return commands.filter(([name]) => name === 'PRINT').map(() => '');
}

const q = Number(lines[0]);
const commands = [];
for (let i = 1; i <= q; i++) {
  const [name, arg = ''] = lines[i].trim().split(' ');
  commands.push([name, arg]);
}
process.stdout.write(solve(commands).map((text) => text + '\n').join(''));
