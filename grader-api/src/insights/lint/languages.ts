import type { Language } from '@eduscale/contracts';
import { clippy } from './clippy.ts';
import { cppcheck } from './cppcheck.ts';
import { goVet } from './go-vet.ts';
import { javac } from './javac.ts';
import type { Linter } from './linter.ts';
import { oxlint } from './oxlint.ts';
import { ruff } from './ruff.ts';

/** Each language's linter (README, "Code insights: linters", says what each checks and why). */
export const LINTERS: Record<Language, Linter> = {
  python: ruff,
  javascript: oxlint('main.js'),
  typescript: oxlint('main.ts'),
  c: cppcheck('c'),
  cpp: cppcheck('cpp'),
  java: javac,
  go: goVet,
  rust: clippy,
};
