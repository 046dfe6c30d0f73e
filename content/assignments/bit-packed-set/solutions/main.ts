import { readFileSync } from 'node:fs';

const data = readFileSync(0, 'utf8').trim().split(/\s+/);

// JavaScript's bit operators work on 32 bits, so the words are 32 bits wide here.
function popcount(word: number): number {
  word -= (word >>> 1) & 0x55555555;
  word = (word & 0x33333333) + ((word >>> 2) & 0x33333333);
  return (((word + (word >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const lowestBit = (word: number): number => 31 - Math.clz32(word & -word);

const k = Number(data[0]);
const q = Number(data[1]);
// Bit x % 32 of words[x / 32] is set when x is a member.
const words = new Uint32Array(Math.ceil(2 ** k / 32));
const out: string[] = [];
let pos = 2;
for (let i = 0; i < q; i++) {
  const command = data[pos];
  const x = Number(data[pos + 1]);
  pos += 2;
  let word = x >>> 5;
  const bit = x & 31;
  if (command === 'ADD') {
    words[word] = words[word]! | (1 << bit);
  } else if (command === 'REMOVE') {
    words[word] = words[word]! & ~(1 << bit);
  } else if (command === 'HAS') {
    out.push((words[word]! >>> bit) & 1 ? 'YES' : 'NO');
  } else if (command === 'COUNT') {
    const r = Number(data[pos++]);
    const last = r >>> 5;
    const fromX = ~0 << bit;
    const toR = 0xffffffff >>> (31 - (r & 31));
    let count: number;
    if (word === last) {
      count = popcount(words[word]! & fromX & toR);
    } else {
      count = popcount(words[word]! & fromX) + popcount(words[last]! & toR);
      for (let w = word + 1; w < last; w++) count += popcount(words[w]!);
    }
    out.push(String(count));
  } else {
    // NEXT: the rest of x's own word, then whole words until one is not empty.
    let rest = words[word]! & (~0 << bit);
    while (rest === 0 && word + 1 < words.length) rest = words[++word]!;
    out.push(String(rest !== 0 ? word * 32 + lowestBit(rest) : -1));
  }
}
process.stdout.write(out.join('\n') + '\n');
