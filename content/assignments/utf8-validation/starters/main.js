const tokens = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);

// bytes: a Buffer. Returns the code points (an array) if it is well-formed UTF-8, otherwise the
// offset (a number) where the first character that is not well-formed starts.
function solve(bytes) {
  // TODO
  return 0;
}

const n = Number(tokens[0]);
const out = [];
for (let i = 1; i <= n; i++) {
  const result = solve(Buffer.from(tokens[i], 'hex'));
  if (typeof result === 'number') out.push(`INVALID ${result}`);
  else out.push(result.map((p) => 'U+' + p.toString(16).toUpperCase().padStart(4, '0')).join(' '));
}
process.stdout.write(out.join('\n') + '\n');
