import { javaEntry } from '../../languages/java-main-class.ts';
import type { Linter, RawFinding } from './linter.ts';

const JAVAC = '/usr/lib/jvm/java-17-openjdk-amd64/bin/javac';
const DIAGNOSTIC = /^(?<file>[^:\s]+\.java):(?<line>\d+): (?<level>warning|error): (?:\[(?<category>[\w-]+)\] )?(?<message>.*)$/;
const XLINT_URL = 'https://docs.oracle.com/en/java/javase/17/docs/specs/man/javac.html#option-Xlint-custom';

/**
 * Every -Xlint category (fall-through, raw types, unchecked, deprecation and removal, redundant
 * casts, empty statements, division by a constant zero, finally that cannot complete…) except
 * those about the build rather than the code (serial, processing, options, path, classfile).
 * Run in the lint's own box rather than folded into the compile: the verdict's compile keeps
 * -nowarn and its output, and the lint runs after the verdict like every other language's.
 */
export const javac: Linter = {
  tool: 'javac',
  file: (code) => {
    const entry = javaEntry(code);
    return 'error' in entry ? 'Main.java' : entry.sourceFile;
  },
  argv: (file) => [
    JAVAC, '-J-Xmx256m', '-J-XX:+UseSerialGC', '-J-XX:TieredStopAtLevel=1', '-encoding', 'UTF-8',
    '-Xlint:all,-serial,-processing,-options,-path,-classfile', '-Xmaxwarns', '200', '-Xmaxerrs', '50', '-d', '/tmp/classes', file,
  ],
  cpuMs: 6_000,
  finished: (exitCode) => exitCode === 0 || exitCode === 1,
  parse: ({ stdout, stderr }, file) => {
    const lines = `${stdout}\n${stderr}`.split('\n');
    return lines.flatMap((line, index): RawFinding[] => {
      const match = DIAGNOSTIC.exec(line)?.groups;
      if (!match || match.file !== file) return [];
      // javac prints the source line, then a caret under the column.
      const caret = lines.slice(index + 1, index + 3).find((next) => /^\s*\^\s*$/.test(next));
      return [{
        rule: match.category ?? (match.level === 'error' ? 'compile-error' : 'warning'),
        severity: match.level === 'error' ? 'error' : 'warning',
        line: match.line,
        column: caret === undefined ? undefined : caret.indexOf('^') + 1,
        message: match.message ?? '',
        url: match.category ? XLINT_URL : undefined,
      }];
    });
  },
};
