import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chartModel, fitCurve, formatTick, linePath, logGrowth, logTicks, plottable, type Box } from './insights-chart.ts';

const box: Box = { width: 320, height: 176, margin: { top: 10, right: 12, bottom: 34, left: 46 } };
const quadratic = [1000, 2000, 4000, 8000, 16000].map((n) => ({ n, cost: 3 * n * n }));
const close = (actual: number, expected: number, tolerance = 1e-6) => assert.ok(Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected)), `${actual} ≠ ${expected}`);

describe('ticks of a log axis', () => {
  it('are the decades inside the range', () => {
    assert.deepEqual(logTicks(3, 25_000), [10, 100, 1000, 10_000]);
  });

  it('are thinned to at most five', () => {
    assert.deepEqual(logTicks(1, 1e9), [1, 100, 10_000, 1e6, 1e8]);
  });

  it('step 1-2-5 when fewer than two decades fit', () => {
    assert.deepEqual(logTicks(15, 120), [20, 50, 100]);
    assert.deepEqual(logTicks(0.3, 4), [0.5, 1, 2]);
  });

  it('are labelled compactly', () => {
    assert.deepEqual([0.5, 10, 1000, 2_500_000, 4e9].map(formatTick), ['0.5', '10', '1K', '2.5M', '4B']);
  });
});

describe('the log-log frame', () => {
  it('places the smallest and largest measurements inside the plot, larger n to the right and larger cost higher', () => {
    const model = chartModel(quadratic, box);
    assert.ok(model);
    const [first, last] = [quadratic[0]!, quadratic.at(-1)!];
    assert.ok(model.px(first.n) > box.margin.left && model.px(last.n) < box.width - box.margin.right);
    assert.ok(model.py(first.cost) < box.height - box.margin.bottom && model.py(last.cost) > box.margin.top);
    assert.ok(model.px(last.n) > model.px(first.n) && model.py(last.cost) < model.py(first.cost));
  });

  it('spaces sizes that double evenly, as a log scale does', () => {
    const model = chartModel(quadratic, box)!;
    close(model.px(2000) - model.px(1000), model.px(16000) - model.px(8000));
  });

  it('leaves out costs of zero, which no log scale can place, and draws nothing below two points', () => {
    const points = [{ n: 10, cost: 0 }, { n: 20, cost: 5 }];
    assert.deepEqual(plottable(points), [{ n: 20, cost: 5 }]);
    assert.equal(chartModel(points, box), null);
  });

  it('gives equal costs a frame of their own', () => {
    const model = chartModel([{ n: 10, cost: 7 }, { n: 100, cost: 7 }], box)!;
    assert.ok(Number.isFinite(model.py(7)));
    assert.ok(model.y.ticks.length > 0);
  });
});

describe('a class drawn through the measurements', () => {
  it('runs through points that follow the class exactly', () => {
    const curve = fitCurve(quadratic, 'n^2', 5);
    curve.forEach((p, i) => close(p.cost, quadratic[i]!.cost));
  });

  it('has the slope of its class on log-log axes', () => {
    const curve = fitCurve(quadratic, 'n', 2);
    close(Math.log(curve[1]!.cost / curve[0]!.cost) / Math.log(curve[1]!.n / curve[0]!.n), 1);
  });

  it('fits 2ⁿ at sizes whose cost would overflow a double', () => {
    assert.ok(Number.isFinite(logGrowth('2^n', 5000)));
    const curve = fitCurve([{ n: 10, cost: 1024 }, { n: 20, cost: 1_048_576 }], '2^n', 2);
    close(curve[1]!.cost, 1_048_576);
  });

  it('becomes an SVG path through the frame', () => {
    const model = chartModel(quadratic, box)!;
    assert.match(linePath(fitCurve(quadratic, 'n^2', 3), model), /^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/);
  });
});
