import { readFileSync } from 'node:fs';

// route is the index of the winning pattern, or -1 if none matches; params are in pattern order.
interface Match {
  route: number;
  params: [name: string, value: string][];
}

const lines = readFileSync(0, 'utf8').split('\n');

function solve(patterns: string[], paths: string[]): Match[] {
  // TODO
  return paths.map(() => ({ route: -1, params: [] }));
}

const n = Number(lines[0]);
const patterns = lines.slice(1, n + 1).map((line) => line.trim());
const m = Number(lines[n + 1]);
const paths = lines.slice(n + 2, n + 2 + m).map((line) => line.trim());
const out = solve(patterns, paths).map(({ route, params }) =>
  route < 0 ? '404' : [patterns[route], ...params.map(([name, value]) => `${name}=${value}`)].join(' '),
);
process.stdout.write(out.join('\n') + '\n');
