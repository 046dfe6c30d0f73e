const lines = require('fs').readFileSync(0, 'utf8').split('\n');

// commands: ['ADD', word, count] or ['QUERY', prefix, 0]. Returns, for every QUERY, its (at
// most three) terms, most popular first, ties alphabetical.
function solve(commands) {
  // TODO
  return commands.filter(([name]) => name === 'QUERY').map(() => []);
}

const q = Number(lines[0]);
const commands = [];
for (let i = 1; i <= q; i++) {
  const [name, text, count] = lines[i].trim().split(' ');
  commands.push([name, text, name === 'ADD' ? Number(count) : 0]);
}
const answers = solve(commands);
process.stdout.write(answers.map((terms) => (terms.length > 0 ? terms.join(' ') : '-') + '\n').join(''));
