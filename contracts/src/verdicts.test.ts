import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Verdict, VERDICTS } from './verdicts.ts';

describe('a verdict', () => {
  it('is one of the eight outcomes a grader gives', () => {
    assert.equal(VERDICTS.length, 8);
    for (const verdict of VERDICTS) assert.equal(Verdict.parse(verdict), verdict);
  });

  it('is refused in any other spelling', () => {
    for (const verdict of ['Accepted', 'ACCEPTED', 'wrong answer', 'partially_accepted', '', 'sandbox_error']) {
      assert.equal(Verdict.safeParse(verdict).success, false, verdict);
    }
  });
});
