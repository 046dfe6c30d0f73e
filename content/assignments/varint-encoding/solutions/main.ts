import { readFileSync } from 'node:fs';

const tokens = readFileSync(0, 'utf8').trim().split(/\s+/);

// Values pass 2^53, so they are BigInts. Seven bits per byte, low bits first, high bit = more.
function encode(value: bigint): string {
  let out = '';
  for (;;) {
    let byte = Number(value & 0x7fn);
    value >>= 7n;
    if (value !== 0n) byte |= 0x80;
    out += byte.toString(16).toUpperCase().padStart(2, '0');
    if (value === 0n) return out;
  }
}

// Every varint of the hex stream, or null if one is cut off or does not fit in 64 bits.
function decode(hex: string): bigint[] | null {
  const values: bigint[] = [];
  let value = 0n;
  let shift = 0;
  for (let i = 0; i < hex.length; i += 2) {
    const byte = parseInt(hex.slice(i, i + 2), 16);
    // The tenth byte holds bit 63 only: anything above 1 would need a 65th bit.
    if (shift === 63 && byte > 1) return null;
    value |= BigInt(byte & 0x7f) << BigInt(shift);
    if (byte & 0x80) {
      shift += 7;
    } else {
      values.push(value);
      value = 0n;
      shift = 0;
    }
  }
  return shift === 0 ? values : null;
}

const q = Number(tokens[0]);
const out: string[] = [];
for (let i = 0; i < q; i++) {
  const command = tokens[1 + 2 * i]!;
  const argument = tokens[2 + 2 * i]!;
  if (command === 'ENCODE') {
    out.push(encode(BigInt(argument)));
  } else if (command === 'ENCODE_ZIGZAG') {
    const s = BigInt(argument);
    out.push(encode((s << 1n) ^ (s >> 63n)));
  } else {
    const values = decode(argument);
    if (values === null) out.push('INVALID');
    else if (command === 'DECODE_ZIGZAG') out.push(values.map((v) => (v >> 1n) ^ -(v & 1n)).join(' '));
    else out.push(values.join(' '));
  }
}
process.stdout.write(out.join('\n') + '\n');
