import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from './checker.ts';

const exact = { kind: 'exact' } as const;

describe('the exact checker', () => {
  it('ignores trailing whitespace on each line and trailing blank lines', () => {
    assert.deepEqual(check(exact, '1 2\n3\n', '1 2   \n3\t\n\n\n'), { accepted: true });
    assert.deepEqual(check(exact, '1\r\n2\r\n', '1\n2'), { accepted: true });
  });

  it('does not ignore leading whitespace, inner blank lines or missing lines', () => {
    assert.equal(check(exact, '1\n', ' 1\n').accepted, false);
    assert.deepEqual(check(exact, '1\n2\n', '1\n\n2\n'), { accepted: false, firstDifferentLine: 2 });
    assert.deepEqual(check(exact, '1\n2\n', '1\n'), { accepted: false, firstDifferentLine: 2 });
  });

  it('rejects empty output for a non-empty answer', () => {
    assert.equal(check(exact, '42\n', '').accepted, false);
  });
});

describe('the float checker', () => {
  const float = { kind: 'float', tolerance: 1e-6 } as const;

  it('accepts numbers within the tolerance, absolute or relative', () => {
    assert.equal(check(float, '0.333333333\n', '0.3333333\n').accepted, true);
    assert.equal(check(float, '1000000000\n', '1000000100\n').accepted, true);
  });

  it('rejects numbers outside it, and words that differ', () => {
    assert.equal(check(float, '0.5\n', '0.51\n').accepted, false);
    assert.equal(check(float, 'mean 0.5\n', 'avg 0.5\n').accepted, false);
    assert.equal(check(float, '1 2\n', '1\n').accepted, false);
  });
});
