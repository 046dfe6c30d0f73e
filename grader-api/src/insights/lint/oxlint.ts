import { field, parseJson, text } from './findings.ts';
import type { Linter, RawFinding } from './linter.ts';

/**
 * Correctness rules as errors (code that is wrong or does nothing: `for` counting the wrong way,
 * `typeof x === "strnig"`, assignment in a condition, comparison with NaN), suspicious ones as
 * warnings (self-assignment, `new` on a primitive wrapper…), unused variables as warnings; the
 * unicorn plugin is off (its rules are about style: `new Array(n)`, `sort` vs `toSorted`).
 */
const RULES = ['--disable-unicorn-plugin', '-A', 'all', '-D', 'correctness', '-W', 'suspicious', '-W', 'no-unused-vars'];

/** JavaScript and TypeScript alike; the file's extension tells oxlint which it reads. */
export const oxlint = (name: 'main.js' | 'main.ts'): Linter => ({
  tool: 'oxlint',
  file: () => name,
  argv: (file) => ['/opt/node/bin/node', '/opt/oxlint/bin/oxlint', '--format=json', '--no-ignore', ...RULES, file],
  finished: (exitCode) => exitCode === 0 || exitCode === 1,
  parse: ({ stdout }) => diagnostics(stdout).flatMap((entry): RawFinding[] => {
    const message = text(field(entry, 'message'));
    const labels = field(entry, 'labels');
    const span = Array.isArray(labels) ? field(labels[0], 'span') : undefined;
    if (message === undefined || span === undefined) return [];
    const code = text(field(entry, 'code'));
    return [{
      // eslint(no-unreachable) → eslint/no-unreachable, the name oxlint's configuration uses.
      rule: code?.replace(/^([\w-]+)\((.+)\)$/, '$1/$2') ?? 'syntax-error',
      severity: field(entry, 'severity') === 'error' ? 'error' : 'warning',
      line: field(span, 'line'),
      column: field(span, 'column'),
      message,
      url: text(field(entry, 'url')),
    }];
  }),
});

/**
 * The report is one JSON document, one diagnostic a line; when output was cut at its byte cap,
 * the whole lines are still read one by one.
 */
function diagnostics(stdout: string): unknown[] {
  const whole = field(parseJson(stdout), 'diagnostics');
  if (Array.isArray(whole)) return whole;
  return stdout.split('\n').flatMap((line) => {
    const entry = parseJson(line.replace(/^\{\s*"diagnostics":\s*\[/, '').replace(/\]?,?\s*$/, ''));
    return entry === undefined ? [] : [entry];
  });
}
