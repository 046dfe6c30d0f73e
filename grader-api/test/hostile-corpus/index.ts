/** Every hostile program, as data: one table per language. */
import { C } from './c.ts';
import { CPP } from './cpp.ts';
import { GO } from './go.ts';
import { JAVA } from './java.ts';
import { JAVASCRIPT } from './javascript.ts';
import { PYTHON } from './python.ts';
import type { HostileProgram } from './programs.ts';
import { RUST } from './rust.ts';
import { TYPESCRIPT } from './typescript.ts';

export const HOSTILE_CORPUS: readonly HostileProgram[] = [...PYTHON, ...JAVASCRIPT, ...TYPESCRIPT, ...C, ...CPP, ...JAVA, ...GO, ...RUST];

export { gradedVerdict, outcome, type Expected, type HostileProgram } from './programs.ts';
