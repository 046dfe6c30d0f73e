/**
 * The shape of a hostile program and the one builder every language table shares: a program
 * that writes exactly the given text to stderr and exits with the given status.
 */
import type { Language, Verdict } from '@eduscale/contracts';

export interface Expected {
  verdict: Verdict;
  /** The program's exit status (128 + N when signal N killed it, as a shell says). Unchecked when absent. */
  exitCode?: number;
  stdout?: string;
  stderr?: RegExp;
  compileOutput?: RegExp;
  /**
   * As a graded submission of add-two-numbers, when not `verdict` (accepted there prints no sum:
   * wrong_answer); `refused`: POST /api/submissions answers 400 (the API stores no NUL bytes).
   */
  graded?: Verdict | 'refused';
}

export interface HostileProgram {
  language: Language;
  /** What the program is or does: the situation its tests are named after. */
  situation: string;
  /** Why the expected verdict is the one users would expect, where that is a judgement call. */
  judgement?: string;
  code: string;
  expected: Expected;
}

/** bwrap's own words when it cannot set up a sandbox, as a program may print them. */
export const BWRAP_PROC = "bwrap: Can't mount proc on /newroot/proc: Operation not permitted";
export const BWRAP_LINES = [
  'compiling…',
  BWRAP_PROC,
  'bwrap: execvp ./main: No such file or directory',
  'bwrap: Creating new namespace failed: Resource temporarily unavailable',
  'bwrap: setting up uid map: Permission denied',
  'done',
].join('\n');

/** The status of a program killed by each signal: 128 + N, as bwrap and every shell report it. */
export const SIGNALLED = { SIGABRT: 128 + 6, SIGKILL: 128 + 9, SIGSEGV: 128 + 11 } as const;

/** A string literal every language here reads the same way (ASCII text, JSON's escapes). */
export const literal = (text: string) => JSON.stringify(text);

/** A program that writes `stderr` as is and exits with `status`, in each language. */
export function exitWith(language: Language, { stderr = '', status }: { stderr?: string; status: number }): string {
  const text = literal(stderr);
  switch (language) {
    case 'python':
      return `import sys\nsys.stderr.write(${text})\nsys.stderr.flush()\nsys.exit(${status})\n`;
    case 'javascript':
      return `process.stderr.write(${text});\nprocess.exitCode = ${status};\n`;
    case 'typescript':
      return `const text: string = ${text};\nprocess.stderr.write(text);\nprocess.exitCode = ${status} as number;\n`;
    case 'c':
      return `#include <stdio.h>\n#include <stdlib.h>\nint main(void) {\n  fputs(${text}, stderr);\n  fflush(stderr);\n  exit(${status});\n}\n`;
    case 'cpp':
      return `#include <cstdio>\n#include <cstdlib>\nint main() {\n  std::fputs(${text}, stderr);\n  std::fflush(stderr);\n  std::exit(${status});\n}\n`;
    case 'java':
      return `public class Main {\n  public static void main(String[] args) {\n    System.err.print(${text});\n    System.err.flush();\n    System.exit(${status});\n  }\n}\n`;
    case 'go':
      return `package main\n\nimport "os"\n\nfunc main() {\n\tos.Stderr.WriteString(${text})\n\tos.Exit(${status})\n}\n`;
    case 'rust':
      return `use std::io::Write;\n\nfn main() {\n    std::io::stderr().write_all(${text}.as_bytes()).unwrap();\n    std::process::exit(${status});\n}\n`;
  }
}

/** The expected answer in words, for test names: "runtime_error with exit code 125". */
export function outcome(expected: Expected): string {
  if (expected.exitCode === undefined || expected.exitCode === 0) return expected.verdict;
  return `${expected.verdict} with exit code ${expected.exitCode}`;
}

/** add-two-numbers checks a sum no hostile program prints: a run it accepts is a wrong answer there. */
export function gradedVerdict(expected: Expected): Verdict | 'refused' {
  return expected.graded ?? (expected.verdict === 'accepted' ? 'wrong_answer' : expected.verdict);
}
