import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Answer } from '@eduscale/contracts';
import { answeredSummary, isAnswered, toggleChoice } from './assessment-answers.ts';

const answer = (fields: Partial<Answer>): Answer => ({ question: 'q1', answeredAt: '2026-12-02T20:00:00.000Z', ...fields });

describe('isAnswered', () => {
  it('counts a choice question answered once an option is picked', () => {
    assert.equal(isAnswered({ kind: 'choice' }, answer({ choices: ['b'] })), true);
    assert.equal(isAnswered({ kind: 'choice' }, answer({ choices: [] })), false);
  });

  it('does not count an output answer of blanks', () => {
    assert.equal(isAnswered({ kind: 'output' }, answer({ text: '  \n' })), false);
    assert.equal(isAnswered({ kind: 'output' }, answer({ text: '42' })), true);
  });

  it('counts a coding question answered once code was submitted', () => {
    assert.equal(isAnswered({ kind: 'coding' }, answer({ language: 'python', code: 'print(1)\n', submission: 's1' })), true);
    assert.equal(isAnswered({ kind: 'coding' }, undefined), false);
  });
});

describe('toggleChoice', () => {
  it('replaces the pick of a single-answer question', () => {
    assert.deepEqual(toggleChoice(['a'], 'c', false), ['c']);
  });

  it('adds and removes picks of an "all that apply" question, in order', () => {
    assert.deepEqual(toggleChoice(['c'], 'a', true), ['a', 'c']);
    assert.deepEqual(toggleChoice(['a', 'c'], 'a', true), ['c']);
  });
});

describe('answeredSummary', () => {
  it('counts the answered questions among all of them', () => {
    const questions = [
      { id: 'q1', kind: 'choice' as const },
      { id: 'q2', kind: 'output' as const },
      { id: 'q3', kind: 'coding' as const },
    ];
    const answers = new Map([['q1', answer({ choices: ['a'] })], ['q2', answer({ question: 'q2', text: '' })]]);
    assert.deepEqual(answeredSummary(questions, answers), { answered: 1, total: 3 });
  });
});
