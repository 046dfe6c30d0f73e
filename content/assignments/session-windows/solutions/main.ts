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
const n = Number(tokens[0]);
const gap = BigInt(tokens[1]!);
const events: Event[] = [];
for (let k = 0; k < n; k++) events.push({ t: BigInt(tokens[2 + 2 * k]!), user: tokens[3 + 2 * k]! });
// Default string comparison is byte order for these ids.
events.sort((a, b) => (a.user < b.user ? -1 : a.user > b.user ? 1 : a.t < b.t ? -1 : a.t > b.t ? 1 : 0));
const sessions: Session[] = [];
for (const { t, user } of events) {
  const last = sessions[sessions.length - 1];
  if (last && last.user === user && t - last.end <= gap) {
    last.end = t;
    last.count++;
  } else {
    sessions.push({ user, start: t, end: t, count: 1 });
  }
}
const out = [String(sessions.length)];
for (const s of sessions) out.push(`${s.user} ${s.start} ${s.end} ${s.count}`);
process.stdout.write(out.join('\n') + '\n');
