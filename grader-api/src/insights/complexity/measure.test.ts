/**
 * Measuring in the real bubblewrap sandbox: a linear and a quadratic program per language, on
 * 8 geometric sizes, are detected as n and n^2; instruction counts repeat. All series are
 * started when the file loads so both sandbox slots stay busy: ~50 s on an idle 2-core machine
 * (2026-12), most of it Python's ~1.2 s valgrind start per size and the JavaScript timings.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Complexity, ComplexityClass, Language } from '@eduscale/contracts';
import { DEFAULT_CACHE_DIR } from '../../config.ts';
import { COMPILE_LIMITS, LANGUAGE_SPECS } from '../../languages/languages.ts';
import { BubblewrapSandbox } from '../../sandbox/bubblewrap/bubblewrap.driver.ts';
import { complexityOf, measureSeries, type MeasureRequest, type MeasuredSeries, type SeriesInput } from './measure.ts';
import { numbersInput, PROGRAMS } from './programs.fixture.ts';

const workDir = mkdtempSync(join(tmpdir(), 'grader-complexity-'));
const sandbox = new BubblewrapSandbox({ workDir, cacheDir: DEFAULT_CACHE_DIR, concurrency: 2 });
after(async () => {
  await sandbox.close();
  rmSync(workDir, { recursive: true, force: true });
});

const doubling = (from: number, count: number, ratio = 2) => Array.from({ length: count }, (_, i) => Math.round(from * ratio ** i));
const inputs = (sizes: number[]): SeriesInput[] => sizes.map((n) => ({ n, input: numbersInput(n) }));

async function measured(language: Language, code: string, series: SeriesInput[], options: Partial<MeasureRequest> = {}, times = 1): Promise<MeasuredSeries[]> {
  const plan = LANGUAGE_SPECS[language].plan(code);
  if ('error' in plan) throw new Error(plan.error);
  const box = await sandbox.createBox(plan.files);
  try {
    if (plan.compile) {
      const compiled = await box.exec({ argv: plan.compile.argv, env: plan.compile.env, toolchains: plan.compile.toolchains, limits: COMPILE_LIMITS, writableBox: true });
      assert.equal(compiled.exitCode, 0, compiled.stderr.toString('utf8'));
    }
    const results: MeasuredSeries[] = [];
    for (let i = 0; i < times; i++) results.push(await measureSeries({ box, language, argv: plan.run(256), inputs: series, ...options }));
    return results;
  } finally {
    await box.dispose();
  }
}

const LINEAR_SIZES = doubling(1000, 8);
const SERIES = {
  'c linear': measured('c', PROGRAMS.c.linear, inputs(LINEAR_SIZES), {}, 2),
  'c quadratic': measured('c', PROGRAMS.c.quadratic, inputs(doubling(250, 8, 1.5))),
  'python linear': measured('python', PROGRAMS.python.linear, inputs(doubling(500, 8)), {}, 2),
  // Below n ≈ 100 Python's own overheads make all-pairs look like n^2 log n (the corpus saw it at 60–490).
  'python quadratic': measured('python', PROGRAMS.python.quadratic, inputs(doubling(120, 8, 1.35))),
  'go linear': measured('go', PROGRAMS.go.linear, inputs(LINEAR_SIZES)),
  'go quadratic': measured('go', PROGRAMS.go.quadratic, inputs(doubling(250, 8, 1.5))),
  'javascript linear': measured('javascript', PROGRAMS.javascript.linear, inputs(doubling(20_000, 8, 1.75))),
  'javascript quadratic': measured('javascript', PROGRAMS.javascript.quadratic, inputs(doubling(3000, 8, 1.45))),
  'c quadratic against an expected n': measured('c', PROGRAMS.c.quadratic, inputs(doubling(250, 8, 1.5)), { expected: 'n' }),
  'c quadratic on a small budget': measured('c', PROGRAMS.c.quadratic, inputs(doubling(1000, 8)), { budget: { totalCpuMs: 3000 } }),
  'c crashing past 4000': measured('c', PROGRAMS.c.crashesPast4000, inputs(LINEAR_SIZES)),
};

async function first(name: keyof typeof SERIES): Promise<MeasuredSeries> {
  const [series] = await SERIES[name];
  assert.ok(series);
  return series;
}

// 180 s seen at load 14–24 on 2 cores (idle: ~50 s).
describe('measuring complexity in the bubblewrap sandbox', { timeout: 600_000 }, () => {
  for (const language of ['c', 'python', 'go', 'javascript'] as const) {
    const unit = language === 'javascript' ? 'ms' : 'instructions';
    // Counts are exact, so their class must be. Timings are not asserted on: on a loaded machine
    // (CI runs every suite at once) a JIT's timings say little; npm run bench:complexity-corpus
    // reports what they detect on a quiet one.
    const names = (complexity: Complexity | null, cls: ComplexityClass) => unit === 'ms' || complexity?.detected === cls;

    it(unit === 'ms' ? `times a ${language} sum of the input at every size` : `detects a ${language} sum of the input as n, in instructions`, async () => {
      const series = await first(`${language} linear`);
      assert.equal(series.raw.length, 8, JSON.stringify(series));
      const complexity = complexityOf(series, 'n');
      assert.ok(names(complexity, 'n'), JSON.stringify({ complexity, series }));
      assert.ok(complexity);
      assert.equal(complexity.unit, unit);
      assert.equal(complexity.expected, 'n');
      assert.equal(complexity.points.length, 7);
    });

    it(unit === 'ms' ? `times a ${language} all-pairs two-sum at every size` : `detects a ${language} all-pairs two-sum as n^2`, async () => {
      const series = await first(`${language} quadratic`);
      assert.equal(series.raw.length, 8, JSON.stringify(series));
      const complexity = complexityOf(series);
      assert.ok(names(complexity, 'n^2'), JSON.stringify({ complexity, series }));
      assert.equal(complexity?.unit, unit);
    });
  }

  it('counts the same instructions for the same C program twice', async () => {
    const [once, twice] = await SERIES['c linear'];
    assert.equal(once?.raw.length, 8);
    assert.deepEqual(once.raw, twice?.raw);
  });

  it("counts Python within its hash seed's wobble (0.5 %) twice, to the same class", async () => {
    const [once, twice] = await SERIES['python linear'];
    assert.equal(once?.raw.length, 8);
    assert.equal(twice?.raw.length, 8);
    once.raw.forEach((point, i) => assert.ok(Math.abs(point.cost - twice.raw[i]!.cost) <= 0.005 * point.cost, `${point.cost} vs ${twice.raw[i]!.cost}`));
    assert.equal(complexityOf(once)?.detected, complexityOf(twice)?.detected);
  });

  it('stops a series once its class is decided beyond the one expected, before the largest sizes', async () => {
    const series = await first('c quadratic against an expected n');
    assert.equal(series.stopped?.reason, 'decided', JSON.stringify(series));
    assert.ok(series.raw.length >= 6 && series.raw.length < 8, JSON.stringify(series));
    assert.equal(series.cpuMsPerSize.length, series.raw.length);
    assert.equal(complexityOf(series, 'n')?.detected, 'n^2');
  });

  it('stops a quadratic series where the budget runs out, and fits what it measured', async () => {
    const series = await first('c quadratic on a small budget');
    assert.equal(series.stopped?.reason, 'budget', JSON.stringify(series));
    assert.ok(series.raw.length >= 3 && series.raw.length < 8, JSON.stringify(series));
    assert.ok(series.cpuMs <= 3000 + 2000, `${series.cpuMs} ms`);
  });

  it('stops at the first size the program fails on, without throwing', async () => {
    const series = await first('c crashing past 4000');
    assert.deepEqual(series.stopped, { n: 8000, reason: 'failed' });
    assert.deepEqual(series.raw.map((p) => p.n), [1000, 2000, 4000]);
    assert.equal(complexityOf(series), null);
  });
});
