import { readFileSync } from 'node:fs';

const [a, b] = readFileSync(0, 'utf8').trim().split(/\s+/).map((token) => BigInt(token));
console.log((a! + b!).toString());
