// latin1: one character per byte, so string positions are byte offsets.
const data = require('fs').readFileSync(0, 'latin1');
const NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const REQUEST_LINE = /^([A-Z]+) (\/[\x21-\x7e]*) HTTP\/1\.1$/;

// Malformed: the server answers 400 and closes the connection.
class BadRequest extends Error {}

// The line starting at pos without its LF (and a CR just before it), and where the next starts.
function readLine(stream, pos) {
  const end = stream.indexOf('\n', pos);
  if (end < 0) throw new BadRequest('incomplete request');
  const line = stream.slice(pos, end);
  return [line.endsWith('\r') ? line.slice(0, -1) : line, end + 1];
}

function parseRequest(stream, pos, wanted, out) {
  let line;
  [line, pos] = readLine(stream, pos);
  const request = REQUEST_LINE.exec(line);
  if (!request) throw new BadRequest('bad request line');
  const fields = new Map();
  let length = null; // Content-Length without leading zeros
  for (;;) {
    [line, pos] = readLine(stream, pos);
    if (line === '') break;
    if (line[0] === ' ' || line[0] === '\t') throw new BadRequest('folded header');
    const colon = line.indexOf(':');
    const name = line.slice(0, Math.max(colon, 0)).toLowerCase();
    if (colon < 0 || !NAME.test(name)) throw new BadRequest('bad header');
    const value = line.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, '');
    if (name === 'content-length') {
      const digits = value.replace(/^0+/, '');
      if (!/^[0-9]+$/.test(value) || (length !== null && digits !== length)) throw new BadRequest('bad content length');
      length = digits;
    }
    if (!fields.has(name)) fields.set(name, []);
    fields.get(name).push(value);
  }
  // BigInt: the value may have any number of digits.
  const body = BigInt(length || '0');
  if (BigInt(stream.length - pos) < body) throw new BadRequest('incomplete request');
  out.push(`${request[1]} ${request[2]} ${body}`);
  for (const name of wanted) if (fields.has(name)) out.push(`${name}: ${fields.get(name).join(', ')}`);
  return pos + Number(body);
}

function parseConnection(stream, wanted, out) {
  let pos = 0;
  try {
    for (;;) {
      // Empty lines before a request line are skipped.
      while (stream.startsWith('\n', pos) || stream.startsWith('\r\n', pos)) pos = stream.indexOf('\n', pos) + 1;
      if (pos === stream.length) return;
      pos = parseRequest(stream, pos, wanted, out);
    }
  } catch (error) {
    if (!(error instanceof BadRequest)) throw error;
    out.push(`400 ${error.message}`);
  }
}

let [first, pos] = readLine(data, 0);
const wanted = first.trim().split(/\s+/).slice(1).map((name) => name.toLowerCase());
let countLine;
[countLine, pos] = readLine(data, pos);
const out = [];
for (let c = Number(countLine); c > 0; c--) {
  let sizeLine;
  [sizeLine, pos] = readLine(data, pos);
  const size = Number(sizeLine);
  parseConnection(data.slice(pos, pos + size), wanted, out);
  pos += size + 1; // the connection's bytes and the line feed after them
}
process.stdout.write(out.join('\n') + '\n');
