const tokens = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);

// commands: array of [command, argument]. Returns one line per command: for ADD and REMOVE the
// number of tracked keys that moved, for LOOKUP the owner's name or 'NONE'. Hashes are unsigned
// 64-bit: compute them with BigInt.
function solve(v, keys, commands) {
  // TODO
  return [];
}

const [v, k, q] = [Number(tokens[0]), Number(tokens[1]), Number(tokens[2])];
const keys = tokens.slice(3, 3 + k);
const commands = [];
for (let pos = 3 + k; pos < 3 + k + 2 * q; pos += 2) commands.push([tokens[pos], tokens[pos + 1]]);
const answers = solve(v, keys, commands);
process.stdout.write(answers.map((line) => `${line}\n`).join(''));
