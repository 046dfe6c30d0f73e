import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countedArgv, countedEnv, parseInstructionCount } from './instructions.ts';
import { complexityOf } from './measure.ts';
import { medianInterval } from './timings.ts';

describe('parseInstructionCount', () => {
  const report = '==2== Cachegrind, a cache and branch-prediction profiler\n==2== \n==2== I   refs:      1,814,890,732\n';

  it("reads cachegrind's I refs line", () => {
    assert.equal(parseInstructionCount(report), 1_814_890_732);
  });

  it('gives no count when valgrind wrote none, or two (something else wrote one)', () => {
    assert.equal(parseInstructionCount('valgrind: failed to start tool'), undefined);
    assert.equal(parseInstructionCount(`${report}==3== I   refs:      12\n`), undefined);
  });

  it('sends the program’s own output to /dev/null and the report to descriptor 3', () => {
    const argv = countedArgv('c', ['./main']);
    assert.deepEqual(argv.slice(0, 4), ['/usr/bin/sh', '-c', 'exec "$@" 3>&2 >/dev/null 2>&1', 'count']);
    assert.ok(argv.includes('--log-fd=3') && argv.includes('--tool=cachegrind'));
    assert.equal(argv.at(-1), './main');
    assert.equal(countedEnv('c'), undefined);
  });

  it('runs Python with its hash seed fixed, isolated from everything else as -I would', () => {
    const argv = countedArgv('python', ['/usr/bin/python3', '-I', '-S', '-B', 'main.py']);
    assert.deepEqual(argv.slice(argv.indexOf('/usr/bin/python3')), ['/usr/bin/python3', '-P', '-s', '-S', '-B', 'main.py']);
    assert.deepEqual(countedEnv('python'), { PYTHONHASHSEED: '0' });
  });
});

describe('medianInterval', () => {
  it('gives the median and min..max of 5 samples, covering 93.75 %', () => {
    assert.deepEqual(medianInterval([9, 7, 30, 8, 10]), { median: 9, low: 7, high: 30, coverage: 0.9375 });
  });

  it('narrows the interval as samples are added', () => {
    const interval = medianInterval([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    assert.equal(interval.median, 6);
    assert.ok(interval.low > 1 && interval.high < 11 && interval.coverage >= 0.9, JSON.stringify(interval));
  });

  it('averages the middle two of an even count', () => {
    assert.equal(medianInterval([4, 1, 3, 2, 6, 5]).median, 3.5);
  });
});

describe('complexityOf a measured series', () => {
  const raw = [1000, 2000, 4000, 8000, 16_000, 32_000, 64_000].map((n) => ({ n, cost: 2e7 + 700 * n }));

  it('reports the costs beyond the smallest size, without it, with unit and expected class', () => {
    const complexity = complexityOf({ unit: 'instructions', raw, noise: 50_000 }, 'n');
    assert.deepEqual(complexity, {
      detected: 'n',
      confidence: 1,
      expected: 'n',
      unit: 'instructions',
      points: raw.slice(1).map((p) => ({ n: p.n, cost: 700 * (p.n - 1000) })),
    });
  });

  it('makes no claim from fewer than 5 sizes beyond the smallest', () => {
    assert.equal(complexityOf({ unit: 'ms', raw: raw.slice(0, 5), noise: 1 }), null);
    assert.equal(complexityOf({ unit: 'ms', raw: [], noise: 1 }), null);
  });

  it('never reports a negative cost when timing noise puts a later size below the first', () => {
    const noisy = [{ n: 100, cost: 60 }, { n: 200, cost: 55 }, ...raw.slice(2).map((p) => ({ n: p.n, cost: p.n / 100 }))];
    const complexity = complexityOf({ unit: 'ms', raw: noisy, noise: 1 });
    assert.ok(complexity && complexity.points.every((p) => p.cost >= 0), JSON.stringify(complexity));
  });
});
