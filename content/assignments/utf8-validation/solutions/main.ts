import { readFileSync } from 'node:fs';

type Tail = [length: number, low: number, high: number];

const tokens = readFileSync(0, 'utf8').trim().split(/\s+/);

// How many bytes follow `lead` and the allowed range of the first of them (RFC 3629), or null if
// `lead` cannot start a character. Every later byte is in 80..BF.
function tailOf(lead: number): Tail | null {
  if (lead >= 0xc2 && lead <= 0xdf) return [1, 0x80, 0xbf];
  if (lead === 0xe0) return [2, 0xa0, 0xbf]; // below A0 would be overlong
  if (lead === 0xed) return [2, 0x80, 0x9f]; // above 9F would be a surrogate
  if (lead >= 0xe1 && lead <= 0xef) return [2, 0x80, 0xbf];
  if (lead === 0xf0) return [3, 0x90, 0xbf]; // below 90 would be overlong
  if (lead === 0xf4) return [3, 0x80, 0x8f]; // above 8F would be beyond U+10FFFF
  if (lead >= 0xf1 && lead <= 0xf3) return [3, 0x80, 0xbf];
  return null;
}

// The code points, or the offset (a number) where the first bad character starts.
function decode(bytes: Uint8Array): number[] | number {
  const points: number[] = [];
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      points.push(lead);
      i++;
      continue;
    }
    const tail = tailOf(lead);
    if (tail === null || i + tail[0] >= bytes.length) return i;
    let [length, low, high] = tail;
    let point = lead & (0x3f >> length);
    for (let k = 1; k <= length; k++) {
      const byte = bytes[i + k]!;
      if (byte < low || byte > high) return i;
      point = (point << 6) | (byte & 0x3f);
      low = 0x80;
      high = 0xbf;
    }
    points.push(point);
    i += 1 + length;
  }
  return points;
}

const n = Number(tokens[0]);
const out: string[] = [];
for (let i = 1; i <= n; i++) {
  const result = decode(Buffer.from(tokens[i] ?? '', 'hex'));
  if (typeof result === 'number') out.push(`INVALID ${result}`);
  else out.push(result.map((p) => 'U+' + p.toString(16).toUpperCase().padStart(4, '0')).join(' '));
}
process.stdout.write(out.join('\n') + '\n');
