const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);

// commands: array of { name, id, time, period }; time is `at` for SCHEDULE and EVERY and `t` for
// ADVANCE; fields a command does not have are 0. Returns the lines to print: 'time id' for every
// event fired, then 'PENDING k'.
function solve(commands) {
  // TODO
  return ['PENDING 0'];
}

const q = Number(data[0]);
const commands = [];
let pos = 1;
for (let i = 0; i < q; i++) {
  const name = data[pos];
  const command = { name, id: 0, time: 0, period: 0 };
  if (name === 'ADVANCE') {
    command.time = Number(data[pos + 1]);
    pos += 2;
  } else if (name === 'CANCEL') {
    command.id = Number(data[pos + 1]);
    pos += 2;
  } else {
    command.id = Number(data[pos + 1]);
    command.time = Number(data[pos + 2]);
    if (name === 'EVERY') command.period = Number(data[pos + 3]);
    pos += name === 'EVERY' ? 4 : 3;
  }
  commands.push(command);
}
process.stdout.write(solve(commands).map((line) => line + '\n').join(''));
