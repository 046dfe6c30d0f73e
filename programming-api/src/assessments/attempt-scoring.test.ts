import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Answer, Submission } from '@eduscale/contracts';
import { percentileOf, scoreQuestion } from './attempt-scoring.ts';
import type { FrozenQuestion } from './frozen-question.ts';

const option = (id: string, correct: boolean) => ({ id, text: id, correct, explanation: `because ${id}` });
const base = { title: 'Q', prompt: 'Which?', points: 10, topic: 't', difficulty: 'easy' as const };
const single: FrozenQuestion = { ...base, id: 'q1', kind: 'choice', source: 's', options: [option('a', false), option('b', true), option('c', false)] };
const several: FrozenQuestion = { ...base, id: 'q2', kind: 'choice', source: 'm', options: [option('a', true), option('b', false), option('c', true)] };
const output: FrozenQuestion = { ...base, id: 'q3', kind: 'output', source: 'o', code: 'print(1)', codeLanguage: 'python', answer: '1\n2', explanation: 'it prints' };
const coding: FrozenQuestion = { ...base, id: 'q4', kind: 'coding', source: 'two-sum', points: 40 };
const answer = (fields: Partial<Answer>): Answer => ({ question: 'q', answeredAt: new Date().toISOString(), ...fields });
const submission = (verdict: Submission['verdict'], score: number): Submission => ({
  id: 's', assignment: 'two-sum', language: 'python', status: 'done', verdict, score, tests: [], compileOutput: null, reused: false, pointsAwarded: 0, createdAt: new Date().toISOString(), finishedAt: new Date().toISOString(), insights: null,
});

describe('scoring a question', () => {
  it('gives a choice question its points only for exactly the right set', () => {
    assert.equal(scoreQuestion(single, answer({ choices: ['b'] }), undefined).score, 10);
    assert.equal(scoreQuestion(single, answer({ choices: ['a'] }), undefined).score, 0);
    assert.equal(scoreQuestion(several, answer({ choices: ['a', 'c'] }), undefined).score, 10);
    assert.equal(scoreQuestion(several, answer({ choices: ['a'] }), undefined).score, 0, 'half the set is wrong');
    assert.equal(scoreQuestion(several, answer({ choices: ['a', 'b', 'c'] }), undefined).score, 0, 'everything ticked is wrong');
    assert.equal(scoreQuestion(single, undefined, undefined).score, 0);
  });

  it('compares an output answer line by line, ignoring spaces at the ends and blank lines around it', () => {
    assert.equal(scoreQuestion(output, answer({ text: '  1 \r\n2\n\n' }), undefined).score, 10);
    assert.equal(scoreQuestion(output, answer({ text: '1 2' }), undefined).score, 0);
    assert.equal(scoreQuestion(output, answer({ text: '12' }), undefined).score, 0);
  });

  it('gives a coding question the share of tests its counted submission passed', () => {
    assert.deepEqual(scoreQuestion(coding, answer({}), { counted: submission('accepted', 1), pending: false }), { score: 40, right: true });
    assert.deepEqual(scoreQuestion(coding, answer({}), { counted: submission('wrong_answer', 0.5), pending: false }), { score: 20, right: false });
    assert.deepEqual(scoreQuestion(coding, answer({}), { counted: null, pending: true }), { score: 0, right: false });
  });
});

describe('the percentile', () => {
  it('is null until five attempts exist', () => {
    assert.equal(percentileOf(50, [50, 40, 30, 20]), null);
    assert.deepEqual(percentileOf(50, [50, 40, 30, 20, 10]), { value: 100, among: 5 });
  });

  it('is the share of the other attempts beaten, ties counting half', () => {
    assert.deepEqual(percentileOf(10, [10, 40, 30, 20, 50]), { value: 0, among: 5 });
    assert.deepEqual(percentileOf(30, [10, 20, 30, 30, 40, 50]), { value: 50, among: 6 });
  });
});
