import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Checker, DIFFICULTIES, Difficulty, Slug } from './assignments.ts';

describe('a slug', () => {
  it('is lowercase words of letters and digits joined by single hyphens, at most 64 characters', () => {
    for (const slug of ['two-sum', 'add-two-numbers', 'a', 'x2', 'a'.repeat(64)]) assert.equal(Slug.safeParse(slug).success, true, slug);
  });

  it('is refused with capitals, underscores, doubled, leading or trailing hyphens, path characters or past 64 characters', () => {
    const refused = ['Two-Sum', 'two_sum', 'two--sum', '-two', 'two-', '../etc', 'two/sum', 'two sum', '', 'a'.repeat(65)];
    assert.equal(refused.length, 10);
    for (const slug of refused) assert.equal(Slug.safeParse(slug).success, false, slug);
  });
});

describe('a difficulty', () => {
  it('is easy, medium or hard, in that order', () => {
    assert.deepEqual([...DIFFICULTIES], ['easy', 'medium', 'hard']);
    assert.equal(Difficulty.safeParse('expert').success, false);
  });
});

describe('a checker', () => {
  it('compares exactly, or as floats within a tolerance above 0 and at most 1', () => {
    assert.deepEqual(Checker.parse({ kind: 'exact' }), { kind: 'exact' });
    assert.deepEqual(Checker.parse({ kind: 'float', tolerance: 1e-6 }), { kind: 'float', tolerance: 1e-6 });
    assert.equal(Checker.safeParse({ kind: 'float', tolerance: 1 }).success, true);
  });

  it('is refused with no tolerance, a tolerance of 0 or above 1, an unknown kind, or a stray field', () => {
    const refused = [{ kind: 'float' }, { kind: 'float', tolerance: 0 }, { kind: 'float', tolerance: 1.5 }, { kind: 'regex' }, { kind: 'exact', tolerance: 0.1 }];
    assert.equal(refused.length, 5);
    for (const checker of refused) assert.equal(Checker.safeParse(checker).success, false, JSON.stringify(checker));
  });
});
