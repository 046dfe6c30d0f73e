import { readFileSync } from 'node:fs';

const data = readFileSync(0, 'utf8').trim().split(/\s+/);
const n = Number(data[0]);
const byEndpoint = new Map<string, number[]>();
for (let k = 1; k < 2 * n + 1; k += 2) {
  const endpoint = data[k]!;
  let latencies = byEndpoint.get(endpoint);
  if (!latencies) byEndpoint.set(endpoint, (latencies = []));
  latencies.push(Number(data[k + 1])); // up to 10^12: exact in a double
}
// Default string order compares UTF-16 units, which is byte order for ASCII names.
const endpoints = [...byEndpoint.keys()].sort();
const out: string[] = [];
for (const endpoint of endpoints) {
  const latencies = byEndpoint.get(endpoint)!.sort((a, b) => a - b);
  const count = latencies.length;
  const ranked = [50, 90, 99].map((p) => latencies[Math.floor((p * count + 99) / 100) - 1]);
  out.push(`${endpoint} ${count} ${ranked.join(' ')} ${latencies[count - 1]}`);
}
process.stdout.write(out.join('\n') + '\n');
