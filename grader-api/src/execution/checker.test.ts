import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkOutput } from './checker.ts';

const exact = { kind: 'exact' } as const;
const float = { kind: 'float', tolerance: 1e-6 } as const;

function reason(result: ReturnType<typeof checkOutput>): string {
  assert.equal(result.ok, false);
  return result.ok ? '' : result.reason;
}

describe('the exact checker', () => {
  it('accepts identical output', () => {
    assert.deepEqual(checkOutput(exact, '1 2\n3\n', '1 2\n3\n'), { ok: true });
  });

  it('ignores whitespace at line ends, CRLF line ends and trailing blank lines', () => {
    assert.deepEqual(checkOutput(exact, '1 2\n3\n', '1 2  \r\n3\t\n\n\n'), { ok: true });
    assert.deepEqual(checkOutput(exact, '7\n', '7'), { ok: true });
  });

  it('rejects a different token, naming the line and column', () => {
    assert.equal(reason(checkOutput(exact, 'a\nblue is sky\n', 'a\nblue is sly\n')), 'line 2, column 10: expected "blue is sky", got "blue is sly"');
  });

  it('shows where a long line differs rather than its start', () => {
    const want = `${'1 '.repeat(500)}2`;
    const message = reason(checkOutput(exact, want, `${'1 '.repeat(500)}3`));
    assert.match(message, /^line 1, column 1001: expected "…1 1 .*2", got "…1 1 .*3"$/);
  });

  it('treats leading whitespace and inner spacing as significant', () => {
    reason(checkOutput(exact, 'world hello\n', ' world hello\n'));
    reason(checkOutput(exact, 'world hello\n', 'world  hello\n'));
  });

  it('rejects missing and extra lines', () => {
    assert.equal(reason(checkOutput(exact, '1\n2\n', '1\n')), 'line 2: expected "2", got end of output');
    assert.equal(reason(checkOutput(exact, '1\n', '1\n\n2\n')), 'line 2: expected end of output, got ""');
  });

  it('rejects empty output when something was expected, and accepts it when nothing was', () => {
    reason(checkOutput(exact, '0\n', ''));
    assert.deepEqual(checkOutput(exact, '\n', ''), { ok: true });
  });

  it('stays fast on a line with long runs of inner spaces', () => {
    const hostile = `${' '.repeat(200_000)}x`;
    const started = performance.now();
    reason(checkOutput(exact, 'x\n', hostile));
    assert.ok(performance.now() - started < 500);
  });
});

describe('the float checker', () => {
  it('accepts numbers within the absolute tolerance, however they are written', () => {
    assert.deepEqual(checkOutput(float, '-1 7 2.5\n', '-1.000000 7.0000000 2.5000004'), { ok: true });
    assert.deepEqual(checkOutput(float, '0\n', '-0.0000009'), { ok: true });
    assert.deepEqual(checkOutput(float, '1500\n', '1.5e3'), { ok: true });
  });

  it('accepts large numbers within the relative tolerance', () => {
    assert.deepEqual(checkOutput(float, '1000000000\n', '1000000900'), { ok: true });
    reason(checkOutput(float, '1000000000\n', '1000001100'));
  });

  it('rejects a number outside the tolerance, naming the token', () => {
    assert.equal(reason(checkOutput(float, '1 1.666666667\n', '1 1.6667')), 'token 2: expected "1.666666667", got "1.6667"');
  });

  it('ignores how tokens are split across lines', () => {
    assert.deepEqual(checkOutput(float, '1 2\n3\n', '1\n2 3\n'), { ok: true });
  });

  it('compares words exactly and rejects a missing or extra token', () => {
    assert.deepEqual(checkOutput(float, 'YES 0.5\n', 'YES 0.5000001\n'), { ok: true });
    reason(checkOutput(float, 'YES\n', 'yes\n'));
    assert.equal(reason(checkOutput(float, '1 2\n', '1\n')), 'token 2: expected "2", got end of output');
    reason(checkOutput(float, '1\n', '1 2\n'));
  });

  it('rejects NaN, infinities and numbers that overflow', () => {
    reason(checkOutput(float, '1\n', 'NaN'));
    reason(checkOutput(float, '1\n', 'Infinity'));
    reason(checkOutput(float, '1\n', '1e999'));
  });
});
