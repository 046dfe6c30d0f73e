import { field, parseJson, text } from './findings.ts';
import type { Linter, RawFinding } from './linter.ts';

/**
 * What a reviewer flags in a solution, no style: pyflakes (F: unused and undefined names,
 * redefinitions, format strings), bugbear (B: mutable defaults, loop variables captured late,
 * useless expressions), shadowed builtins (A), comparisons to None/True and `type(x) ==` (E711,
 * E712, E721), a bare `except:` (E722), syntax errors (E9), pylint's errors and warnings (PLE,
 * PLW). B905 (`zip` without `strict=`) and PLW0603 (`global`) are everyday idioms in short
 * programs, not defects.
 */
const SELECT = ['F', 'B', 'A001', 'A002', 'E711', 'E712', 'E721', 'E722', 'E9', 'PLE', 'PLW'];
const IGNORE = ['B905', 'PLW0603'];
/** The program is wrong: a name that does not exist, a syntax error, a misused statement or format. */
const ERROR_RULES = /^(E9|F5|F7|F82|PLE)/;

export const ruff: Linter = {
  tool: 'ruff',
  file: () => 'main.py',
  argv: (file) => [
    '/opt/python-tools/bin/ruff', 'check', '--isolated', '--no-cache', '--exit-zero', '--output-format=json-lines', '--target-version=py311',
    `--select=${SELECT.join(',')}`, `--ignore=${IGNORE.join(',')}`, file,
  ],
  finished: (exitCode) => exitCode === 0,
  parse: ({ stdout }) => {
    const findings: RawFinding[] = [];
    // One object a line: output cut off at its byte cap loses only its last, partial line.
    for (const line of stdout.split('\n')) {
      const entry = parseJson(line);
      const location = field(entry, 'location');
      const message = text(field(entry, 'message'));
      if (message === undefined || location === undefined) continue;
      const code = text(field(entry, 'code'));
      findings.push({
        rule: code ?? 'syntax-error',
        severity: code === undefined || ERROR_RULES.test(code) ? 'error' : 'warning',
        line: field(location, 'row'),
        column: field(location, 'column'),
        message,
        url: text(field(entry, 'url')),
      });
    }
    return findings;
  },
};
