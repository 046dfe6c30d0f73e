/**
 * The hostile corpus (hostile-corpus/) against the docker sandbox driver, through the same
 * execution service and the same per-language limits as a grader's POST /run: each program
 * comes to the outcome it does under bubblewrap (hostile-corpus.test.ts runs it over HTTP).
 * Runs where `npm test` started its own engine and built the runner image; elsewhere it says why
 * it is skipped.
 */
import { after, describe, it } from 'node:test';
import { parseConfig } from '../src/config.ts';
import { createExecutionService } from '../src/execution/execution.service.ts';
import { LANGUAGE_SPECS } from '../src/languages/languages.ts';
import { dockerUnderTest } from '../src/sandbox/docker/docker-under-test.ts';
import { assertRunOutcome } from './hostile-corpus/assert-outcome.ts';
import { HOSTILE_CORPUS, outcome } from './hostile-corpus/index.ts';

const CONCURRENCY = 2;
const config = parseConfig(process.env);
const docker = await dockerUnderTest({ concurrency: CONCURRENCY });

describe('the hostile corpus against the docker sandbox', { concurrency: CONCURRENCY, skip: docker.skip }, () => {
  if (!docker.sandbox) return;
  const execution = createExecutionService({ sandbox: docker.sandbox });
  after(() => docker.sandbox?.close());
  for (const program of HOSTILE_CORPUS) {
    const spec = LANGUAGE_SPECS[program.language];
    it(`${spec.label}: ${program.situation} is ${outcome(program.expected)}`, { timeout: 120_000 }, async () => {
      const limits = { timeMs: spec.defaultTimeMs, memoryMb: spec.defaultMemoryMb, outputBytes: config.runOutputBytes };
      assertRunOutcome(await execution.run({ language: program.language, code: program.code, stdin: '', limits }), program.expected);
    });
  }
});
