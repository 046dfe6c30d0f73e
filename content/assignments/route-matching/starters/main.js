const lines = require('fs').readFileSync(0, 'utf8').split('\n');

// For each path, returns [index of the winning pattern, its parameters as [name, value] in
// pattern order], or [-1, []] if no route matches.
function solve(patterns, paths) {
  // TODO
  return paths.map(() => [-1, []]);
}

const n = Number(lines[0]);
const patterns = lines.slice(1, n + 1).map((line) => line.trim());
const m = Number(lines[n + 1]);
const paths = lines.slice(n + 2, n + 2 + m).map((line) => line.trim());
const out = solve(patterns, paths).map(([route, params]) =>
  route < 0 ? '404' : [patterns[route], ...params.map(([name, value]) => `${name}=${value}`)].join(' '),
);
process.stdout.write(out.join('\n') + '\n');
