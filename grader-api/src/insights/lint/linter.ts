import type { Finding, FindingSeverity } from '@eduscale/contracts';
import type { Toolchain } from '../../sandbox/sandbox.ts';

/** A finding as a tool's output names it, before it is checked against the file. */
export interface RawFinding {
  rule: string;
  severity: FindingSeverity;
  line: unknown;
  column?: unknown;
  message: string;
  url?: string;
}

/** What one tool reported: its findings, and whether its exit status means it ran to the end. */
export interface ToolOutput {
  stdout: string;
  stderr: string;
  exitCode: number | null;
}

/** One tool, run in a box of its own over the one source file. */
export interface Linter {
  /** As findings name it: ruff, oxlint, cppcheck, go vet, clippy, javac. */
  tool: string;
  /** The file the tool reads, named as the language's compile step names it. */
  file: (code: string) => string;
  argv: (file: string) => string[];
  env?: Record<string, string>;
  toolchains?: readonly Toolchain[];
  /** CPU time, where the tool needs more than LINT_LIMITS' (a type check of the imports). */
  cpuMs?: number;
  /** Exit statuses of a run that went to the end (with or without findings). */
  finished: (exitCode: number) => boolean;
  parse: (output: ToolOutput, file: string) => RawFinding[];
}

export type { Finding };
