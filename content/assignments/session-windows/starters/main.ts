import { readFileSync } from 'node:fs';

interface Event {
  t: bigint; // times and the gap go up to 9e18: BigInt, not Number
  user: string;
}

interface Session {
  user: string;
  start: bigint;
  end: bigint;
  count: number;
}

const tokens = readFileSync(0, 'utf8').trim().split(/\s+/);

// Returns every session, ordered by user, then start.
function solve(events: Event[], gap: bigint): Session[] {
  // TODO
  return [];
}

const n = Number(tokens[0]);
const gap = BigInt(tokens[1] ?? '0');
const events: Event[] = [];
for (let k = 0; k < n; k++) events.push({ t: BigInt(tokens[2 + 2 * k] ?? '0'), user: tokens[3 + 2 * k] ?? '' });
const sessions = solve(events, gap);
const out = [String(sessions.length), ...sessions.map((s) => `${s.user} ${s.start} ${s.end} ${s.count}`)];
process.stdout.write(out.join('\n') + '\n');
