import { field, parseJson, text } from './findings.ts';
import type { Linter, RawFinding } from './linter.ts';

/** The compile step's environment: vet shares its pre-warmed build cache (same flags, same keys). */
const GO_ENV = { GOCACHE: '/gocache', GOPATH: '/tmp/go', GO111MODULE: 'off', GOTOOLCHAIN: 'local', CGO_ENABLED: '0', GOPROXY: 'off', GOFLAGS: '' };
const POSITION = /^(?:vet: )?(?:\.\/)?main\.go:(\d+):(\d+): (.+)$/;
/** The analyzer's package, where it differs from the analyzer's name. */
const PACKAGES: Record<string, string> = { composites: 'composite' };

/**
 * vet's default analyzers, every one about correctness (printf verbs that do not match their
 * arguments, unreachable code, copied locks, self-assignment, impossible comparisons…): vet
 * has no style checks to leave out. A file that does not type-check gets vet's type errors.
 */
export const goVet: Linter = {
  tool: 'go vet',
  file: () => 'main.go',
  argv: (file) => ['/usr/local/go/bin/go', 'vet', '-trimpath', '-json', file],
  env: GO_ENV,
  toolchains: ['go-cache'],
  // vet type-checks the imports first: from a cold cache that is a compile of the standard library.
  cpuMs: 10_000,
  finished: (exitCode) => exitCode === 0 || exitCode === 1,
  parse: ({ stdout, stderr }) => {
    const output = `${stdout}\n${stderr}`;
    const start = output.indexOf('{');
    const end = output.lastIndexOf('}');
    const report = start >= 0 ? parseJson(output.slice(start, end + 1)) : undefined;
    const findings: RawFinding[] = [];
    for (const analyzers of Object.values(typeof report === 'object' && report !== null ? report : {})) {
      for (const [analyzer, entries] of Object.entries(typeof analyzers === 'object' && analyzers !== null ? analyzers : {})) {
        for (const entry of Array.isArray(entries) ? entries : []) {
          const at = /:(\d+):(\d+)$/.exec(text(field(entry, 'posn')) ?? '');
          const message = text(field(entry, 'message'));
          if (!at || message === undefined) continue;
          findings.push({ rule: analyzer, severity: 'warning', line: at[1], column: at[2], message, url: `https://pkg.go.dev/golang.org/x/tools/go/analysis/passes/${PACKAGES[analyzer] ?? analyzer}` });
        }
      }
    }
    for (const line of (start >= 0 ? output.slice(0, start) : output).split('\n')) {
      const at = POSITION.exec(line.trim());
      if (at) findings.push({ rule: 'typecheck', severity: 'error', line: at[1], column: at[2], message: at[3] ?? '' });
    }
    return findings;
  },
};
