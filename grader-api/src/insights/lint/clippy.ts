import { field, parseJson, text } from './findings.ts';
import type { Linter, RawFinding } from './linter.ts';

/**
 * rustc's own warnings (unused variables and imports, dead and unreachable code, unused
 * `Result`s) plus clippy's correctness lints as errors (code that is outright wrong), and its
 * suspicious, complexity and perf groups as warnings; clippy's style and pedantic groups are
 * taste and stay off. Only metadata is emitted: nothing is linked.
 */
const LINTS = ['-A', 'clippy::all', '-D', 'clippy::correctness', '-W', 'clippy::suspicious', '-W', 'clippy::complexity', '-W', 'clippy::perf'];

export const clippy: Linter = {
  tool: 'clippy',
  file: () => 'main.rs',
  argv: (file) => ['/opt/rust/bin/clippy-driver', '--edition=2021', '--crate-type=bin', '--emit=metadata', '-o', '/tmp/lint.rmeta', '--error-format=json', ...LINTS, file],
  toolchains: ['rust'],
  cpuMs: 6_000,
  finished: (exitCode) => exitCode === 0 || exitCode === 1,
  parse: ({ stderr }, file) => stderr.split('\n').flatMap((line): RawFinding[] => {
    const entry = parseJson(line);
    const level = field(entry, 'level');
    const message = text(field(entry, 'message'));
    const spans = field(entry, 'spans');
    const primary = Array.isArray(spans) ? spans.find((span) => field(span, 'is_primary') === true && field(span, 'file_name') === file) : undefined;
    if ((level !== 'error' && level !== 'warning') || message === undefined || primary === undefined) return [];
    const code = text(field(field(entry, 'code'), 'code'));
    return [{ rule: code ?? 'rustc', severity: level, line: field(primary, 'line_start'), column: field(primary, 'column_start'), message, url: docsUrl(code, level) }];
  }),
};

function docsUrl(code: string | undefined, level: 'error' | 'warning'): string | undefined {
  if (code === undefined) return undefined;
  if (code.startsWith('clippy::')) return `https://rust-lang.github.io/rust-clippy/stable/index.html#${code.slice('clippy::'.length)}`;
  if (/^E\d{4}$/.test(code)) return `https://doc.rust-lang.org/error_codes/${code}.html`;
  if (/^[a-z_]+$/.test(code)) return `https://doc.rust-lang.org/rustc/lints/listing/${level === 'error' ? 'deny' : 'warn'}-by-default.html#${code.replaceAll('_', '-')}`;
  return undefined;
}
