/**
 * Every reference solution in content/ is accepted by the real grader (the bubblewrap sandbox,
 * the assignment's own limits and checker), and every starter compiles and runs. Work for all
 * assignments is queued when the file loads, so both cores stay busy while node:test reports
 * the suites one after another.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { LANGUAGES } from '@eduscale/contracts';
import { readCatalogue } from '../../programming-api/src/catalogue/content.ts';
import { createExecutionService, type GradeOutcome } from '../src/execution/execution.service.ts';
import { BubblewrapSandbox } from '../src/sandbox/bubblewrap/bubblewrap.driver.ts';
import { DEFAULT_CACHE_DIR } from '../src/config.ts';

const workDir = mkdtempSync(join(tmpdir(), 'grader-references-'));
const sandbox = new BubblewrapSandbox({ workDir, cacheDir: DEFAULT_CACHE_DIR, concurrency: 2 });
// What the sandbox saw when a run went wrong, so a failure here says why, not just which verdict.
const troubles: string[] = [];
const execution = createExecutionService({
  sandbox,
  onExec: (result, step) => {
    if (step === 'run' && (result.limitHit || result.exitCode !== 0)) {
      troubles.push(`${result.limitHit ?? result.signal ?? `exit ${result.exitCode}`} after ${result.cpuMs} ms CPU, ${Math.round(result.memoryBytes / 1024)} KiB: ${result.stderr.toString('utf8', 0, 300)}`);
    }
  },
});
after(async () => {
  await sandbox.close();
  rmSync(workDir, { recursive: true, force: true });
});

// REFERENCE_SLUGS=lru-cache,csv-join checks only those assignments while one is being written.
const only = process.env.REFERENCE_SLUGS?.split(',').filter(Boolean);
const catalogue = (await readCatalogue()).filter((a) => !only || only.includes(a.slug));
const graded = new Map<string, Promise<GradeOutcome>>();
for (const assignment of catalogue) {
  const tests = [...assignment.samples.map((t) => ({ ...t, visible: true })), ...assignment.hidden];
  const limits = { timeMs: assignment.timeLimitMs, memoryMb: assignment.memoryLimitMb };
  for (const [language, code] of Object.entries(assignment.solutions)) {
    graded.set(`${assignment.slug}/${language}/solution`, execution.grade({ language: language as never, code, tests, checker: assignment.checker, limits }));
  }
  for (const [language, code] of Object.entries(assignment.starterCode)) {
    // A starter is a skeleton: it must build and run to completion, not answer correctly.
    graded.set(`${assignment.slug}/${language}/starter`, execution.grade({ language: language as never, code, tests: tests.slice(0, 1), checker: assignment.checker, limits }));
  }
}

it('finds the catalogue, and a reference solution in every assignment', () => {
  if (!only) assert.ok(catalogue.length >= 12, `content/ holds ${catalogue.length} assignments`);
  assert.deepEqual(catalogue.filter((a) => Object.keys(a.solutions).length === 0).map((a) => a.slug), []);
});

for (const assignment of catalogue) {
  describe(assignment.slug, () => {
    for (const language of LANGUAGES.filter((l) => assignment.solutions[l] !== undefined)) {
      it(`${language} reference solution is accepted on every test`, async () => {
        const outcome = await graded.get(`${assignment.slug}/${language}/solution`)!;
        const failures = outcome.tests.filter((t) => t.verdict !== 'accepted').map((t) => `${t.name}: ${t.verdict} ${t.message ?? ''}`);
        assert.equal(outcome.verdict, 'accepted', `${outcome.compileOutput ?? ''}\n${failures.join('\n')}\nsandbox: ${troubles.join('\n')}`);
        assert.equal(outcome.tests.length, assignment.samples.length + assignment.hidden.length);
      });
    }
    for (const language of LANGUAGES) {
      it(`${language} starter compiles and runs on the first sample`, async () => {
        const outcome = await graded.get(`${assignment.slug}/${language}/starter`)!;
        assert.ok(['accepted', 'wrong_answer'].includes(outcome.verdict), `${outcome.verdict}: ${outcome.compileOutput ?? ''}`);
      });
    }
  });
}
