import { readFileSync } from 'node:fs';

/** (a, b, c) */
type Spec = [number, number, number];

const lines = readFileSync(0, 'utf8').split('\n');

// elements: the matching rule numbers (1-based) of each element. Returns the specificity of
// every selector, and for every element its rule numbers, winner first.
function solve(selectors: string[], elements: number[][]): { specs: Spec[]; orders: number[][] } {
  // TODO
  return { specs: selectors.map((): Spec => [0, 0, 0]), orders: elements };
}

const n = Number(lines[0]);
const selectors = lines.slice(1, n + 1).map((line) => line.trim());
const q = Number(lines[n + 1]);
const elements = lines.slice(n + 2, n + 2 + q).map((line) => line.trim().split(/\s+/).slice(1).map(Number));
const { specs, orders } = solve(selectors, elements);
const out = [...specs.map((s) => s.join(' ')), ...orders.map((rules) => rules.join(' '))];
process.stdout.write(out.join('\n') + '\n');
