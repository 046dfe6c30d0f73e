import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AttemptSummary, Feedback } from '@eduscale/contracts';
import { formatSeconds, groupFeedback, inlineMarks, nodeHref, percentileText, questionOutcome, share, sparkline, trendText } from './assessment-report.ts';

const attempt = (id: string, percent: number | null): AttemptSummary => ({
  id,
  template: 'backend-fundamentals',
  status: 'finished',
  startedAt: '2026-12-01T10:00:00Z',
  finishedAt: '2026-12-01T10:40:00Z',
  percent,
  passed: percent === null ? null : percent >= 70,
});

describe('the report’s figures', () => {
  it('gives times in seconds under a minute, then minutes and seconds, then hours and minutes', () => {
    assert.deepEqual([0, 42, 60, 65, 720, 3600, 3780, 59.6].map(formatSeconds), ['0 s', '42 s', '1 min', '1 min 5 s', '12 min', '1 h', '1 h 3 min', '1 min']);
  });

  it('says how a percentile reads, and when it will appear while there is none', () => {
    assert.equal(percentileText({ value: 62, among: 14 }), 'Better than 62 % of 14 attempts');
    assert.equal(percentileText({ value: 0, among: 1 }), 'Better than 0 % of 1 attempt');
    assert.equal(percentileText(null), 'Percentile appears once 5 attempts have finished');
  });

  it('sizes bars as a share of their maximum, kept inside 0 %–100 %', () => {
    assert.deepEqual([share(5, 10), share(0, 10), share(12, 10), share(3, 0), share(-1, 4)], ['50.0%', '0.0%', '100.0%', '0%', '0.0%']);
  });

  it('tells a full, partial, zero and missing answer apart', () => {
    const answer = { question: 'q1', answeredAt: '2026-12-01T10:01:00Z' };
    assert.equal(questionOutcome({ score: 10, points: 10, answer }), 'right');
    assert.equal(questionOutcome({ score: 4, points: 10, answer }), 'partial');
    assert.equal(questionOutcome({ score: 0, points: 10, answer }), 'wrong');
    assert.equal(questionOutcome({ score: 0, points: 10, answer: null }), 'unanswered');
  });

  it('links a roadmap step the way the roadmap page opens one', () => {
    assert.equal(nodeHref({ roadmap: 'backend-engineer', node: 'http-basics' }), '/roadmaps/backend-engineer?node=http-basics');
  });
});

describe('the feedback groups', () => {
  it('puts essential feedback first and celebratory last, leaving out empty groups and keeping the API’s order inside one', () => {
    const feedback: Feedback[] = [
      { kind: 'celebratory', text: 'All choice questions right' },
      { kind: 'essential', text: 'Coding unanswered', question: 'q5' },
      { kind: 'essential', text: 'Weak on SQL' },
    ];
    const groups = groupFeedback(feedback);
    assert.deepEqual(
      groups.map((g) => g.kind),
      ['essential', 'celebratory'],
    );
    assert.deepEqual(
      groups[0]?.items.map((item) => item.text),
      ['Coding unanswered', 'Weak on SQL'],
    );
  });
});

describe('the attempt trend', () => {
  const box = { width: 100, height: 40, pad: 4 };

  it('places attempts oldest first from left to right, 100 % at the top, skipping unscored ones', () => {
    const points = sparkline([attempt('a', 0), attempt('b', null), attempt('c', 100)], box);
    assert.equal(points.length, 2);
    assert.deepEqual(
      points.map((p) => [p.x, p.y]),
      [
        [4, 36],
        [96, 4],
      ],
    );
  });

  it('centres a single attempt', () => {
    assert.equal(sparkline([attempt('a', 50)], box)[0]?.x, 50);
  });

  it('compares this attempt with the one before it, and says nothing on a first attempt', () => {
    const history = [attempt('a', 40), attempt('b', 55), attempt('c', 54)];
    assert.equal(trendText(history, 'b'), 'Up 15 points on your attempt before');
    assert.equal(trendText(history, 'c'), 'Down 1 point on your attempt before');
    assert.equal(trendText(history, 'a'), null);
    assert.equal(trendText([attempt('a', 40), attempt('b', 40)], 'b'), 'Same score as your attempt before');
  });
});

describe('the inline marks of options and explanations', () => {
  it('splits out `code`, **strong** and *em* runs and leaves the rest as text', () => {
    assert.deepEqual(inlineMarks('`align-items` centres **vertically**, *before* it'), [
      { kind: 'code', text: 'align-items' },
      { kind: 'text', text: ' centres ' },
      { kind: 'strong', text: 'vertically' },
      { kind: 'text', text: ', ' },
      { kind: 'em', text: 'before' },
      { kind: 'text', text: ' it' },
    ]);
  });

  it('leaves a lone backtick, a product and HTML as plain text, and keeps a star inside code', () => {
    assert.deepEqual(inlineMarks('a ` lone tick'), [{ kind: 'text', text: 'a ` lone tick' }]);
    assert.deepEqual(inlineMarks('2 * 3 and `x*y`'), [
      { kind: 'text', text: '2 * 3 and ' },
      { kind: 'code', text: 'x*y' },
    ]);
    assert.deepEqual(inlineMarks('<b>not html</b>'), [{ kind: 'text', text: '<b>not html</b>' }]);
  });
});
