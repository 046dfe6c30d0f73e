const tokens = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);

// events: array of { t, user } with t a BigInt (times and the gap go up to 9e18). Returns
// every session as { user, start, end, count }, ordered by user, then start.
function solve(events, gap) {
  // TODO
  return [];
}

const n = Number(tokens[0]);
const gap = BigInt(tokens[1]);
const events = [];
for (let k = 0; k < n; k++) events.push({ t: BigInt(tokens[2 + 2 * k]), user: tokens[3 + 2 * k] });
const sessions = solve(events, gap);
const out = [String(sessions.length), ...sessions.map((s) => `${s.user} ${s.start} ${s.end} ${s.count}`)];
process.stdout.write(out.join('\n') + '\n');
