const lines = require('fs').readFileSync(0, 'utf8').split('\n');

// selectors: strings; elements: arrays of matching rule numbers (1-based). Returns { specs,
// orders }: the specificity [a, b, c] of every selector, and for every element its rule
// numbers, winner first.
function solve(selectors, elements) {
  // TODO
  return { specs: selectors.map(() => [0, 0, 0]), orders: elements };
}

const n = Number(lines[0]);
const selectors = lines.slice(1, n + 1).map((line) => line.trim());
const q = Number(lines[n + 1]);
const elements = lines.slice(n + 2, n + 2 + q).map((line) => line.trim().split(/\s+/).slice(1).map(Number));
const { specs, orders } = solve(selectors, elements);
const out = [...specs.map((s) => s.join(' ')), ...orders.map((rules) => rules.join(' '))];
process.stdout.write(out.join('\n') + '\n');
