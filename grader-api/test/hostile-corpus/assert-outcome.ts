import assert from 'node:assert/strict';
import type { RunResponse } from '@eduscale/contracts';
import type { Expected } from './programs.ts';

/** What a hostile program's run must have come to, however it was run (a grader's HTTP API or a driver directly). */
export function assertRunOutcome(result: Pick<RunResponse, 'verdict' | 'exitCode' | 'stdout' | 'stderr' | 'compileOutput'>, expected: Expected): void {
  const why = `${result.compileOutput ?? ''}${result.stderr}`.slice(0, 2_000);
  assert.equal(result.verdict, expected.verdict, why);
  if (expected.exitCode !== undefined) assert.equal(result.exitCode, expected.exitCode, why);
  if (expected.stdout !== undefined) assert.equal(result.stdout, expected.stdout);
  if (expected.stderr) assert.match(result.stderr, expected.stderr);
  if (expected.compileOutput) assert.match(result.compileOutput ?? '', expected.compileOutput);
}
