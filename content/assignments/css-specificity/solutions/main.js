const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const LEGACY_PSEUDO_ELEMENTS = new Set(['before', 'after', 'first-line', 'first-letter']);
const TAKING_SELECTORS = new Set(['not', 'is', 'has', 'where']);

const greater = (x, y) => x[0] !== y[0] ? x[0] > y[0] : x[1] !== y[1] ? x[1] > y[1] : x[2] > y[2];
const plus = (x, y) => [x[0] + y[0], x[1] + y[1], x[2] + y[2]];

// Recursive descent over one selector; only the counting matters, not the structure.
function specificity(text) {
  let pos = 0;
  const peek = () => text[pos] ?? '';
  const name = () => {
    const start = pos;
    while (/[A-Za-z0-9_-]/.test(peek())) pos++;
    return text.slice(start, pos);
  };

  // Selectors separated by commas, up to a ')' or the end: the most specific one.
  function selectorList() {
    let best = selector();
    while (peek() === ',') {
      pos++;
      const next = selector();
      if (greater(next, best)) best = next;
    }
    return best;
  }

  function selector() {
    let s = [0, 0, 0];
    for (;;) {
      const ch = peek();
      if (ch === ',' || ch === ')' || ch === '') return s;
      if (' >+~*'.includes(ch)) {
        pos++;
      } else if (ch === '#' || ch === '.') {
        pos++;
        name();
        s = plus(s, ch === '#' ? [1, 0, 0] : [0, 1, 0]);
      } else if (ch === '[') {
        skipAttribute();
        s = plus(s, [0, 1, 0]);
      } else if (ch === ':') {
        s = plus(s, pseudo());
      } else {
        name();
        s = plus(s, [0, 0, 1]);
      }
    }
  }

  function skipAttribute() {
    let quote = '';
    for (pos++; quote || peek() !== ']'; pos++) {
      if (quote && peek() === quote) quote = '';
      else if (!quote && (peek() === '"' || peek() === "'")) quote = peek();
    }
    pos++;
  }

  function pseudo() {
    pos++;
    if (peek() === ':') {
      pos++;
      name();
      return [0, 0, 1];
    }
    const n = name();
    if (peek() !== '(') return LEGACY_PSEUDO_ELEMENTS.has(n) ? [0, 0, 1] : [0, 1, 0];
    pos++;
    if (TAKING_SELECTORS.has(n)) {
      const inner = selectorList();
      pos++; // the ')'
      return n === 'where' ? [0, 0, 0] : inner;
    }
    while (peek() !== ')') pos++;
    pos++;
    return [0, 1, 0];
  }

  return selectorList();
}

const n = Number(lines[0]);
const specs = lines.slice(1, n + 1).map((line) => specificity(line.trim()));
const out = specs.map((s) => s.join(' '));
const q = Number(lines[n + 1]);
for (let e = 0; e < q; e++) {
  const rules = lines[n + 2 + e].trim().split(/\s+/).slice(1).map(Number);
  // Winner first: higher specificity, then the later rule.
  rules.sort((r, s) => {
    const x = specs[r - 1];
    const y = specs[s - 1];
    return greater(x, y) ? -1 : greater(y, x) ? 1 : s - r;
  });
  out.push(rules.join(' '));
}
process.stdout.write(out.join('\n') + '\n');
