import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COMPLEXITY_CLASSES, type Finding } from '@eduscale/contracts';
import {
  CLASS_ORDER,
  complexityTone,
  formatBigO,
  formatClass,
  formatConfidence,
  formatPlace,
  groupFindings,
  isComplexFunction,
  safeUrl,
  spokenBigO,
  summarizeFindings,
} from './insights-format.ts';

const finding = (severity: Finding['severity'], line: number, column?: number): Finding => ({
  tool: 'ruff',
  rule: 'F401',
  severity,
  line,
  ...(column === undefined ? {} : { column }),
  message: `at ${line}`,
});

describe('growth classes as the badge writes them', () => {
  it('knows every class of the contract, in its order', () => {
    assert.deepEqual(CLASS_ORDER, COMPLEXITY_CLASSES);
  });

  it('writes powers as superscripts and keeps log as a word', () => {
    assert.deepEqual(CLASS_ORDER.map(formatClass), ['1', 'log n', 'n', 'n log n', 'n²', 'n² log n', 'n³', '2ⁿ']);
  });

  it('writes a close call faster class first, whatever order it came in', () => {
    assert.equal(formatBigO('n^2'), 'O(n²)');
    assert.equal(formatBigO(['n log n', 'n']), 'O(n) – O(n log n)');
  });

  it('says the class in words for screen readers', () => {
    assert.equal(spokenBigO('n^2'), 'O of n squared');
    assert.equal(spokenBigO(['n^2', 'n log n']), 'O of n log n to O of n squared');
  });

  it('gives the confidence as a whole percentage', () => {
    assert.equal(formatConfidence(0.917), '92% confidence');
  });
});

describe('the badge colour', () => {
  it('is success when the code grows as expected or slower, warning when faster', () => {
    assert.equal(complexityTone({ detected: 'n', expected: 'n' }), 'success');
    assert.equal(complexityTone({ detected: 'log n', expected: 'n' }), 'success');
    assert.equal(complexityTone({ detected: 'n^2', expected: 'n' }), 'warning');
  });

  it('judges a close call by its slower class', () => {
    assert.equal(complexityTone({ detected: 'n', expected: 'n log n', between: ['n log n', 'n'] }), 'success');
    assert.equal(complexityTone({ detected: 'n', expected: 'n', between: ['n log n', 'n'] }), 'warning');
  });

  it('is neutral when the assignment expects no class', () => {
    assert.equal(complexityTone({ detected: '2^n' }), 'neutral');
  });
});

describe('findings grouped for the panel', () => {
  it('puts errors first, then warnings, then info, each in the order of the code, and leaves out empty groups', () => {
    const groups = groupFindings([finding('info', 3), finding('error', 9, 2), finding('error', 9, 1), finding('error', 4), finding('info', 1)]);
    assert.deepEqual(
      groups.map((g) => [g.severity, g.findings.map(formatPlace)]),
      [
        ['error', ['4', '9:1', '9:2']],
        ['info', ['1', '3']],
      ],
    );
  });

  it('sums them up in words', () => {
    assert.equal(summarizeFindings([]), 'No findings');
    assert.equal(summarizeFindings([finding('warning', 1), finding('error', 2), finding('warning', 3), finding('info', 4)]), '1 error, 2 warnings, 1 info');
  });
});

describe('the rest of the panel', () => {
  it('flags a function with a cyclomatic complexity above 10 only', () => {
    assert.deepEqual(
      [10, 11].map((cyclomatic) => isComplexFunction({ name: 'f', line: 1, length: 3, cyclomatic })),
      [false, true],
    );
  });

  it('links only http(s) documentation', () => {
    assert.equal(safeUrl('https://docs.astral.sh/ruff/rules/unused-import/'), 'https://docs.astral.sh/ruff/rules/unused-import/');
    assert.equal(safeUrl('javascript:alert(1)'), undefined);
    assert.equal(safeUrl(undefined), undefined);
  });
});
