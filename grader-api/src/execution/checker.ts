import type { Checker } from '@eduscale/contracts';

export type { Checker };

export type CheckResult = { ok: true } | { ok: false; reason: string };

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const SNIPPET = 60;

/**
 * Compares a program's output with the expected output. `exact`: line by line, ignoring
 * whitespace at the end of each line and blank lines at the end. `float`: token by token,
 * numbers within `tolerance` absolute or relative error, any other token exactly.
 */
export function checkOutput(checker: Checker, expected: string, actual: string): CheckResult {
  return checker.kind === 'exact' ? checkExact(expected, actual) : checkFloat(expected, actual, checker.tolerance);
}

function checkExact(expected: string, actual: string): CheckResult {
  const want = lines(expected);
  const got = lines(actual);
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    const [w, g] = [want[i], got[i]];
    if (w === g) continue;
    if (w === undefined || g === undefined) return { ok: false, reason: `line ${i + 1}: expected ${show(w)}, got ${show(g)}` };
    let column = 0;
    while (w[column] === g[column]) column++;
    // Long lines (a whole array on one line) differ far from their start: show the spot.
    const from = Math.max(0, column - SNIPPET / 2);
    return { ok: false, reason: `line ${i + 1}, column ${column + 1}: expected ${show(w.slice(from), from > 0)}, got ${show(g.slice(from), from > 0)}` };
  }
  return { ok: true };
}

function checkFloat(expected: string, actual: string, tolerance: number): CheckResult {
  const want = tokens(expected);
  const got = tokens(actual);
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    const [w, g] = [want[i], got[i]];
    if (w === undefined || g === undefined || !tokenMatches(w, g, tolerance)) {
      return { ok: false, reason: `token ${i + 1}: expected ${show(w)}, got ${show(g)}` };
    }
  }
  return { ok: true };
}

function tokenMatches(expected: string, actual: string, tolerance: number): boolean {
  if (!NUMBER.test(expected) || !NUMBER.test(actual)) return expected === actual;
  const [e, a] = [Number(expected), Number(actual)];
  // The negated form also rejects NaN and an actual value that overflowed to Infinity.
  return !(Math.abs(a - e) > tolerance * Math.max(1, Math.abs(e)));
}

// trimEnd, not a /\s+$/ regex: the regex is quadratic on long runs of inner spaces.
function lines(text: string): string[] {
  const result = text.split('\n').map((line) => line.trimEnd());
  while (result.length > 0 && result[result.length - 1] === '') result.pop();
  return result;
}

function tokens(text: string): string[] {
  return text.split(/\s+/).filter((token) => token !== '');
}

function show(text: string | undefined, cut = false): string {
  if (text === undefined) return 'end of output';
  return JSON.stringify(`${cut ? '…' : ''}${text.length > SNIPPET ? `${text.slice(0, SNIPPET)}…` : text}`);
}
