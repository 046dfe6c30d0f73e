// Reads a name on stdin and greets it; the annotation proves the TypeScript step ran.
import { readFileSync } from 'node:fs';

const name: string = readFileSync(0, 'utf8').trim();
console.log(`Hello, ${name}!`);
