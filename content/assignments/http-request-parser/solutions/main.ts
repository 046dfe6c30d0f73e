import { readFileSync } from 'node:fs';

const NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const REQUEST_LINE = /^([A-Z]+) (\/[\x21-\x7e]*) HTTP\/1\.1$/;

// Malformed: the server answers 400 and closes the connection.
class BadRequest extends Error {}

/** A connection's bytes as latin1 text, one character per byte. */
class Connection {
  readonly stream: string;
  pos = 0;

  constructor(stream: string) {
    this.stream = stream;
  }

  /** The next line without its LF (and a CR just before it). */
  readLine(): string {
    const end = this.stream.indexOf('\n', this.pos);
    if (end < 0) throw new BadRequest('incomplete request');
    const line = this.stream.slice(this.pos, end);
    this.pos = end + 1;
    return line.endsWith('\r') ? line.slice(0, -1) : line;
  }

  /** Skips the empty lines before a request line; false at the end of the connection. */
  hasRequest(): boolean {
    while (this.stream.startsWith('\n', this.pos) || this.stream.startsWith('\r\n', this.pos)) {
      this.pos = this.stream.indexOf('\n', this.pos) + 1;
    }
    return this.pos < this.stream.length;
  }

  /** Reads one request and returns its output lines. */
  readRequest(wanted: string[]): string[] {
    const request = REQUEST_LINE.exec(this.readLine());
    if (!request) throw new BadRequest('bad request line');
    const fields = new Map<string, string[]>();
    let length: string | null = null; // Content-Length without leading zeros
    for (let line = this.readLine(); line !== ''; line = this.readLine()) {
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
      const values = fields.get(name);
      if (values) values.push(value);
      else fields.set(name, [value]);
    }
    // BigInt: the value may have any number of digits.
    const body = BigInt(length || '0');
    if (BigInt(this.stream.length - this.pos) < body) throw new BadRequest('incomplete request');
    this.pos += Number(body);
    const out = [`${request[1]} ${request[2]} ${body}`];
    for (const name of wanted) {
      const values = fields.get(name);
      if (values) out.push(`${name}: ${values.join(', ')}`);
    }
    return out;
  }
}

function parseConnection(stream: string, wanted: string[]): string[] {
  const connection = new Connection(stream);
  const out: string[] = [];
  try {
    while (connection.hasRequest()) out.push(...connection.readRequest(wanted));
  } catch (error) {
    if (!(error instanceof BadRequest)) throw error;
    out.push(`400 ${error.message}`);
  }
  return out;
}

const input = new Connection(readFileSync(0, 'latin1'));
const wanted = input.readLine().trim().split(/\s+/).slice(1).map((name) => name.toLowerCase());
const out: string[] = [];
for (let c = Number(input.readLine()); c > 0; c--) {
  const size = Number(input.readLine());
  out.push(...parseConnection(input.stream.slice(input.pos, input.pos + size), wanted));
  input.pos += size + 1; // the connection's bytes and the line feed after them
}
process.stdout.write(out.join('\n') + '\n');
