import { readFileSync } from 'node:fs';

interface LogLine {
  t: number;
  service: string;
  status: number;
  latency: number;
}

interface Summary {
  service: string;
  requests: number;
  errors: number;
  maxLatency: number;
}

const data = readFileSync(0, 'utf8').trim().split(/\s+/);

// Returns a summary for every service with a line in [lo, hi], ranked by exact error rate
// (highest first), then requests (more first), then name.
function solve(lines: LogLine[], lo: number, hi: number): Summary[] {
  // TODO
  return [];
}

function rate(errors: number, requests: number): string {
  const basisPoints = Math.floor((errors * 10000) / requests);
  return `${Math.floor(basisPoints / 100)}.${String(basisPoints % 100).padStart(2, '0')}`;
}

const [n, lo, hi] = [Number(data[0]), Number(data[1]), Number(data[2])];
const lines: LogLine[] = [];
for (let k = 3; k < 3 + 4 * n; k += 4) {
  lines.push({ t: Number(data[k]), service: data[k + 1] ?? '', status: Number(data[k + 2]), latency: Number(data[k + 3]) });
}
const ranked = solve(lines, lo, hi);
const out = [String(ranked.length)];
for (const s of ranked) out.push(`${s.service} ${s.requests} ${s.errors} ${rate(s.errors, s.requests)} ${s.maxLatency}`);
process.stdout.write(out.join('\n') + '\n');
