import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COMPLEXITY_CLASSES, Complexity, Finding, Insights } from './insights.ts';

const FINDING = { tool: 'ruff', rule: 'F401', severity: 'warning', line: 1, column: 8, message: '`os` imported but unused', url: 'https://docs.astral.sh/ruff/rules/unused-import/' };
const COMPLEXITY = { detected: 'n^2', expected: 'n', confidence: 0.98, unit: 'instructions', points: [{ n: 500, cost: 1.2e6 }] };

describe('code insights', () => {
  it('are findings, functions and a complexity that may be null', () => {
    const insights = { findings: [FINDING], functions: [{ name: 'main', line: 3, length: 12, cyclomatic: 4 }], complexity: COMPLEXITY };
    assert.deepEqual(Insights.parse(insights), insights);
    assert.equal(Insights.safeParse({ ...insights, complexity: null }).success, true);
  });

  it('place a finding on a line from 1, with a severity from the list and a link only if it is a URL', () => {
    assert.equal(Finding.safeParse({ ...FINDING, line: 0 }).success, false);
    assert.equal(Finding.safeParse({ ...FINDING, severity: 'fatal' }).success, false);
    assert.equal(Finding.safeParse({ ...FINDING, url: 'not a url' }).success, false);
    assert.equal(Finding.safeParse({ ...FINDING, column: undefined, url: undefined }).success, true, 'column and url are optional');
  });

  it('name growth classes slowest first, and a between pair of two of them', () => {
    assert.deepEqual(COMPLEXITY_CLASSES.slice(0, 4), ['1', 'log n', 'n', 'n log n']);
    assert.equal(Complexity.safeParse({ ...COMPLEXITY, detected: 'n!' }).success, false);
    assert.equal(Complexity.safeParse({ ...COMPLEXITY, between: ['n', 'n log n'] }).success, true);
    assert.equal(Complexity.safeParse({ ...COMPLEXITY, confidence: 1.5 }).success, false);
    assert.equal(Complexity.safeParse({ ...COMPLEXITY, unit: 'seconds' }).success, false);
  });
});
