import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Language } from '@eduscale/contracts';
import { createExecutionService, type ProgramLimits, type RunOutcome } from '../../execution/execution.service.ts';
import { COMPILE_LIMITS, LANGUAGE_SPECS } from '../../languages/languages.ts';
import type { Box, Enforcement, Limits, Sandbox } from '../sandbox.ts';

const MiB = 1024 * 1024;

/** The example programs live with the runner image, one per attack: grader-image/example-test-code. */
const EXAMPLES = new URL('../../../../grader-image/example-test-code/', import.meta.url);

export function example(path: string): string {
  return readFileSync(new URL(path, EXAMPLES), 'utf8');
}

/** Small limits keep hostile cases fast on a 2-core machine. */
export const HOSTILE: ProgramLimits = { timeMs: 500, memoryMb: 64, outputBytes: 4096 };
export const FRIENDLY: ProgramLimits = { timeMs: 2000, memoryMb: 256, outputBytes: 64 * 1024 };

/** Limits for programs the suite runs through Box.exec directly. */
export const BOX_LIMITS: Limits = { cpuMs: 1000, wallMs: 5000, memoryBytes: 128 * MiB, processes: 32, outputBytes: 64 * 1024, fileBytes: 16 * MiB };

export interface Conformance {
  enforcement: Enforcement;
  /** A run through the execution service, with how long the whole call took. */
  run(request: { language: Language; file: string; stdin?: string; limits?: ProgramLimits }): Promise<RunOutcome & { elapsedMs: number }>;
  /** The same, for a program written inline rather than kept in example-test-code. */
  runSource(request: { language: Language; source: string; stdin?: string; limits?: ProgramLimits }): Promise<RunOutcome & { elapsedMs: number }>;
  /** A box holding a program, compiled if its language needs it, and the argv that runs it. */
  prepare(language: Language, source: string): Promise<{ box: Box; argv: string[] }>;
}

export function conformance(sandbox: Sandbox): Conformance {
  const service = createExecutionService({ sandbox });
  return {
    enforcement: sandbox.info().enforcement,
    async run({ file, ...request }) {
      return this.runSource({ ...request, source: example(file) });
    },
    async runSource({ language, source, stdin = '', limits = HOSTILE }) {
      const started = performance.now();
      const outcome = await service.run({ language, code: source, stdin, limits });
      return { ...outcome, elapsedMs: performance.now() - started };
    },
    async prepare(language, source) {
      const plan = LANGUAGE_SPECS[language].plan(source);
      if ('error' in plan) throw new Error(plan.error);
      const box = await sandbox.createBox(plan.files);
      if (plan.compile) {
        const compiled = await box.exec({ ...plan.compile, limits: COMPILE_LIMITS, writableBox: true });
        if (compiled.exitCode !== 0) {
          await box.dispose();
          assert.fail(`it compiles: ${compiled.stderr.toString()}`);
        }
      }
      return { box, argv: plan.run(BOX_LIMITS.memoryBytes / MiB) };
    },
  };
}

/** Runs the same friendly program again: whatever the attack did, the next submission must not notice. */
export async function assertNextRunIsFine(suite: Conformance): Promise<void> {
  const next = await suite.run({ language: 'python', file: 'hello/hello.py', stdin: 'again\n', limits: FRIENDLY });
  assert.equal(next.verdict, 'accepted', next.stderr);
  assert.equal(next.stdout, 'Hello, again!\n');
}
