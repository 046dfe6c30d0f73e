import { readFileSync } from 'node:fs';

interface Request {
  t: number;
  client: string;
  cost: number;
}

// value is the whole tokens left when allowed, the milliseconds to wait when denied.
interface Decision {
  allowed: boolean;
  value: number;
}

const data = readFileSync(0, 'utf8').trim().split(/\s+/);

function solve(capacity: number, rate: number, requests: Request[]): Decision[] {
  // TODO
  return requests.map(() => ({ allowed: true, value: 0 }));
}

const capacity = Number(data[0]);
const rate = Number(data[1]);
const n = Number(data[2]);
const requests: Request[] = [];
for (let i = 0; i < n; i++) {
  requests.push({ t: Number(data[3 + 3 * i]), client: data[4 + 3 * i] ?? '', cost: Number(data[5 + 3 * i]) });
}
const decisions = solve(capacity, rate, requests);
process.stdout.write(decisions.map(({ allowed, value }) => `${allowed ? 'ALLOW' : 'DENY'} ${value}\n`).join(''));
