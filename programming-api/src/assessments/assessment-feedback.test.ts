import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Insights, ReportQuestion } from '@eduscale/contracts';
import { feedbackFor, type FeedbackFacts } from './assessment-feedback.ts';

const answered = { question: 'q', answeredAt: '2026-12-01T10:00:00.000Z' };
const sorting = { roadmap: 'algorithms-for-placements', node: 'sorting', title: 'Sorting' };
const hashing = { roadmap: 'algorithms-for-placements', node: 'arrays-and-hashing', title: 'Arrays and hashing' };
const quadratic: Insights = {
  findings: [{ tool: 'ruff', rule: 'F401', severity: 'warning', line: 1, message: '`os` imported but unused' }],
  functions: [],
  complexity: { detected: 'n^2', expected: 'n log n', confidence: 0.9, unit: 'instructions', points: [] },
};

const question = (fields: Partial<ReportQuestion> & Pick<ReportQuestion, 'id' | 'kind' | 'topic'>): ReportQuestion => ({ title: `Question ${fields.id}`, points: 10, score: 0, timeSeconds: 60, answer: answered, ...fields });

function facts(questions: ReportQuestion[], overrides: Partial<FeedbackFacts> = {}): FeedbackFacts {
  const topics = [...new Set(questions.map((q) => q.topic))].map((topic) => {
    const of = questions.filter((q) => q.topic === topic);
    return { topic, title: topic === 'sorting' ? 'Sorting' : 'Hashing', score: of.reduce((s, q) => s + q.score, 0), max: of.reduce((s, q) => s + q.points, 0), study: topic === 'sorting' ? sorting : hashing };
  });
  const score = questions.reduce((s, q) => s + q.score, 0);
  const max = questions.reduce((s, q) => s + q.points, 0);
  const percent = Math.floor((100 * score) / max);
  return { questions, topics, percent, passingPercent: 60, passed: percent >= 60, durationSeconds: 600, integrity: { pastes: 0, blurs: 0 }, timedOut: false, roadmapTitles: new Map([['algorithms-for-placements', 'Algorithms']]), ...overrides };
}

describe('the feedback rules', () => {
  it('explains a timed-out coding answer from its measured complexity and points to the node to study', () => {
    const feedback = feedbackFor(facts([question({ id: 'q3', kind: 'coding', topic: 'sorting', points: 40, score: 20, verdict: 'time_limit_exceeded', tests: { passed: 5, total: 10 }, insights: quadratic })]));
    const essential = feedback.find((item) => item.question === 'q3' && item.kind === 'essential');
    assert.equal(essential?.text, 'Question 3 timed out on the large test: your solution is O(n^2), the task expects O(n log n); see Sorting on the Algorithms roadmap.');
    assert.deepEqual(essential?.node, sorting);
    assert.ok(feedback.some((item) => item.kind === 'actionable' && item.text.includes('ruff flags line 1')), 'the lint finding is actionable');
  });

  it('celebrates a topic whose concept questions were all right, and the pass', () => {
    const feedback = feedbackFor(facts([question({ id: 'q1', kind: 'choice', topic: 'hashing', score: 10 }), question({ id: 'q2', kind: 'output', topic: 'hashing', score: 10 })]));
    assert.ok(feedback.some((item) => item.kind === 'celebratory' && item.text === 'All 2 concept questions on Hashing right.'));
    assert.ok(feedback.some((item) => item.kind === 'celebratory' && item.text.startsWith('Passed with 100 %')));
  });

  it('names the question a learner spent too long on', () => {
    const questions = [question({ id: 'q1', kind: 'choice', topic: 'hashing', timeSeconds: 400, score: 10 }), question({ id: 'q2', kind: 'choice', topic: 'hashing', timeSeconds: 100, score: 10 }), question({ id: 'q3', kind: 'choice', topic: 'hashing', timeSeconds: 100, score: 10 })];
    const item = feedbackFor(facts(questions)).find((f) => f.question === 'q1' && f.kind === 'actionable');
    assert.match(item?.text ?? '', /^You spent 67 % of your time on question 1/);
  });

  it('sends a failed attempt to its weakest topic, and says what time running out left unanswered', () => {
    const questions = [
      question({ id: 'q1', kind: 'choice', topic: 'sorting', score: 0 }),
      question({ id: 'q2', kind: 'choice', topic: 'sorting', score: 0, answer: null }),
      question({ id: 'q3', kind: 'choice', topic: 'hashing', score: 10 }),
    ];
    const feedback = feedbackFor(facts(questions, { timedOut: true }));
    assert.equal(feedback[0]?.kind, 'essential');
    assert.match(feedback[0]?.text ?? '', /^Not passed: 33 %, 60 % needed\. The weakest topic was Sorting \(0 of 20 points\); see Sorting on the Algorithms roadmap\.$/);
    assert.ok(feedback.some((f) => f.text.startsWith('Time ran out with 1 question unanswered (2)')));
  });

  it('reports pastes and time away as information, and orders kinds essential first', () => {
    const feedback = feedbackFor(facts([question({ id: 'q1', kind: 'coding', topic: 'hashing', points: 40, score: 40, verdict: 'accepted', tests: { passed: 8, total: 8 } })], { integrity: { pastes: 2, blurs: 1 } }));
    assert.ok(feedback.some((f) => f.kind === 'informative' && f.text.startsWith('2 pastes were recorded')));
    assert.ok(feedback.some((f) => f.kind === 'informative' && f.text.startsWith("You left the assessment's page 1 time")));
    const order = ['essential', 'actionable', 'informative', 'celebratory'];
    const ranks = feedback.map((f) => order.indexOf(f.kind));
    assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b));
  });

  it('asks for an answer to an unanswered coding question', () => {
    const feedback = feedbackFor(facts([question({ id: 'q1', kind: 'coding', topic: 'hashing', points: 40, answer: null, verdict: null })]));
    assert.ok(feedback.some((f) => f.kind === 'essential' && f.question === 'q1' && f.text.includes('has no answer')));
  });
});
