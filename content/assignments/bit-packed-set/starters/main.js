const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);

// commands: array of { name, x, r } (r is 0 unless the command is COUNT). Returns the answers of
// HAS ('YES'/'NO'), COUNT and NEXT in order, as strings.
function solve(k, commands) {
  // TODO
  return commands.filter((c) => c.name !== 'ADD' && c.name !== 'REMOVE').map(() => 'NO');
}

const k = Number(data[0]);
const q = Number(data[1]);
const commands = [];
let pos = 2;
for (let i = 0; i < q; i++) {
  const name = data[pos];
  const x = Number(data[pos + 1]);
  pos += 2;
  const r = name === 'COUNT' ? Number(data[pos++]) : 0;
  commands.push({ name, x, r });
}
process.stdout.write(solve(k, commands).map((line) => line + '\n').join(''));
