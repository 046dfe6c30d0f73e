/**
 * The Mock assessments API of API.md, in-process over a scratch database with content of its own
 * (concept questions only: coding answers, which need graders, are in assessment-coding.test.ts):
 * drawing and freezing, the key kept back, answers and their refusals, the server's clock,
 * the report and its percentile, cooldowns, and a passed attempt marking its roadmap node done.
 */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import type { Attempt, Report } from '@eduscale/contracts';
import { createScratchDatabase } from '@eduscale/test-kit/databases';
import { uniqueUsername } from '@eduscale/test-kit/http';
import type { AssessmentContent } from '../src/assessments/assessment-content.schema.ts';
import { seedAssessments } from '../src/assessments/assessment-seed.service.ts';
import type { FrozenQuestion } from '../src/assessments/frozen-question.ts';
import { seedRoadmaps } from '../src/roadmaps/roadmap-seed.service.ts';
import { createTestApp, type TestApp } from './app-harness.ts';

const option = (id: string, text: string, correct: boolean) => ({ id, text, correct, explanation: `${text} is ${correct ? 'right' : 'wrong'} because of how it works.` });
const choice = (id: string, difficulty: 'easy' | 'medium', options: ReturnType<typeof option>[]) => ({ id, kind: 'choice' as const, difficulty, title: `Question ${id}`, prompt: `Which is true of ${id}?`, options });

const CONTENT: AssessmentContent = {
  topics: [
    {
      slug: 'fixture-topic',
      title: 'Fixture topic',
      study: [{ roadmap: 'fixture-road', node: 'intro' }],
      questions: [
        choice('fixture-one', 'easy', [option('a', 'Alpha', false), option('b', 'Beta', true)]),
        choice('fixture-two', 'easy', [option('a', 'Gamma', true), option('b', 'Delta', false), option('c', 'Epsilon', false)]),
        choice('fixture-many', 'medium', [option('a', 'Zeta', true), option('b', 'Eta', false), option('c', 'Theta', true)]),
        { id: 'fixture-print', kind: 'output', difficulty: 'easy', title: 'What does it print?', prompt: 'What does this program print?', language: 'python', code: 'print(6 * 7)\nprint("done")', answer: '42\ndone', explanation: 'Multiplication first, then the word.' },
      ],
    },
  ],
  templates: [
    {
      slug: 'fixture-quick',
      title: 'Fixture quick check',
      summary: 'Four concept questions on the fixture topic, for the tests.',
      order: 1,
      durationMinutes: 10,
      passingPercent: 50,
      retakeCooldownMinutes: 60,
      sections: [
        { title: 'Singles', kind: 'choice', topics: ['fixture-topic'], difficulties: ['easy'], count: 2, points: 10 },
        { title: 'Several', kind: 'choice', topics: ['fixture-topic'], difficulties: ['medium'], count: 1, points: 10 },
        { title: 'Output', kind: 'output', topics: ['fixture-topic'], difficulties: ['easy'], count: 1, points: 20 },
      ],
    },
    {
      slug: 'fixture-short',
      title: 'Fixture short',
      summary: 'One question with a deadline of seconds, for the clock tests.',
      order: 2,
      durationMinutes: 5,
      passingPercent: 100,
      retakeCooldownMinutes: 0,
      sections: [{ title: 'One', kind: 'choice', topics: ['fixture-topic'], difficulties: ['easy'], count: 1, points: 10 }],
    },
  ],
};

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let api: TestApp;

interface Caller {
  cookie: string;
  id: string;
}

async function call(path: string, init: { method?: string; json?: unknown; as?: Caller } = {}) {
  const headers: Record<string, string> = { origin: api.origin };
  if (init.as) headers.cookie = init.as.cookie;
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  const response = await api.request(path, { method: init.method ?? 'GET', headers, body: init.json === undefined ? undefined : JSON.stringify(init.json) });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: text ? JSON.parse(text) : undefined, headers: response.headers, text };
}

async function signUp(): Promise<Caller> {
  const response = await api.request('/api/auth/register', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: api.origin },
    body: JSON.stringify({ username: uniqueUsername('mock'), password: 'correct horse battery' }),
  });
  assert.equal(response.status, 201);
  const { user } = (await response.json()) as { user: { id: string } };
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('eduscale_session='))?.split(';')[0];
  assert.ok(cookie);
  return { id: user.id, cookie };
}

const start = (as: Caller, template: string) => call('/api/assessments', { method: 'POST', json: { template }, as });
const answer = (as: Caller, attempt: string, question: string, json: unknown) => call(`/api/assessments/${attempt}/answers/${question}`, { method: 'PUT', json, as });
const event = (as: Caller, attempt: string, question: string, type: string) => call(`/api/assessments/${attempt}/events`, { method: 'POST', json: { question, type }, as });
const finish = (as: Caller, attempt: string) => call(`/api/assessments/${attempt}/finish`, { method: 'POST', as });
const report = async (as: Caller, attempt: string) => (await call(`/api/assessments/${attempt}/report`, { as })) as Omit<Awaited<ReturnType<typeof call>>, 'body'> & { body: Report };

/** The frozen key, read where only the server reads it. */
async function keyOf(attempt: string): Promise<FrozenQuestion[]> {
  const [row] = await scratch.sql<{ questions: FrozenQuestion[] }[]>`select questions from assessment_attempts where id = ${attempt}`;
  assert.ok(row);
  return row.questions;
}

function rightAnswer(question: FrozenQuestion): unknown {
  if (question.kind === 'output') return { text: question.answer };
  return { choices: (question.options ?? []).filter((o) => o.correct).map((o) => o.id) };
}

async function waitForStatus(attempt: string, status: string, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const [row] = await scratch.sql<{ status: string; scoredAt: Date | null }[]>`select status, scored_at from assessment_attempts where id = ${attempt}`;
    if (row?.status === status && row.scoredAt) return;
    if (Date.now() > deadline) assert.fail(`attempt ${attempt} is ${row?.status ?? 'missing'} after ${withinMs} ms, not ${status} and scored`);
    await sleep(200);
  }
}

before(async () => {
  scratch = await createScratchDatabase({ max: 3 });
  await seedRoadmaps(scratch.sql, [
    {
      slug: 'fixture-road',
      title: 'Fixture road',
      role: 'Tester',
      summary: 'A roadmap holding the fixture assessment.',
      version: 1,
      order: 1,
      tracks: [],
      nodes: [
        { id: 'intro', title: 'Introduction', kind: 'topic', requires: [] },
        { id: 'mock', title: 'Mock: quick check', kind: 'assessment', ref: 'fixture-quick', requires: ['intro'] },
      ],
      lessons: { intro: '## What it is\nA fixture.\n## Why it matters\nTests.\n## Key ideas\n- one\n## Worked example\nNone.\n## References\n- [a](https://example.org/a)\n- [b](https://example.org/b)\n' },
    },
  ]);
  await seedAssessments(scratch.sql, CONTENT);
  // Seconds, not minutes, for the clock tests: no content may be that short.
  await scratch.sql`update assessment_templates set duration_seconds = 3 where slug = 'fixture-short'`;
  api = await createTestApp({ DATABASE_URL: scratch.url, LOG_LEVEL: 'error', ASSESSMENT_SWEEP_SECONDS: '0.5' });
});
after(async () => {
  await api?.close();
  await scratch?.drop();
});

describe('mock assessments', () => {
  it('need a session: 401 problem+json for a guest', async () => {
    const list = await call('/api/assessments');
    assert.equal(list.status, 401);
    assert.match(list.type, /application\/problem\+json/);
  });

  it('list the templates with what an attempt holds and the caller’s standing', async () => {
    const learner = await signUp();
    const { status, body } = await call('/api/assessments', { as: learner });
    assert.equal(status, 200);
    assert.deepEqual(body.items[0], {
      slug: 'fixture-quick',
      title: 'Fixture quick check',
      summary: 'Four concept questions on the fixture topic, for the tests.',
      durationSeconds: 600,
      questions: 4,
      kinds: ['choice', 'output'],
      topics: ['fixture-topic'],
      passingPercent: 50,
      cooldownSeconds: 3600,
      attempts: 0,
      best: null,
      availableAt: null,
      active: null,
    });
  });

  it('start an attempt whose questions are frozen and carry no answer key, one at a time', async () => {
    const learner = await signUp();
    const started = await start(learner, 'fixture-quick');
    assert.equal(started.status, 201, started.text);
    const attempt = started.body as Attempt;
    assert.equal(attempt.status, 'active');
    assert.equal(new Date(attempt.endsAt).getTime() - new Date(attempt.startedAt).getTime(), 600_000);
    assert.deepEqual(attempt.questions.map((q) => [q.id, q.kind, q.points]), [['q1', 'choice', 10], ['q2', 'choice', 10], ['q3', 'choice', 10], ['q4', 'output', 20]]);
    assert.equal(attempt.questions[2]?.multiple, true);
    assert.equal(attempt.questions[0]?.multiple, false);
    for (const secret of ['"correct"', 'explanation', 'is right because', '42\\ndone']) assert.ok(!started.text.includes(secret), `the attempt leaks ${secret}`);

    const again = await start(learner, 'fixture-short');
    assert.equal(again.status, 409);
    assert.equal(again.body.attempt, attempt.id);
    assert.match(again.body.detail, new RegExp(attempt.id));

    const resumed = await call(`/api/assessments/${attempt.id}`, { as: learner });
    assert.deepEqual(resumed.body.questions, attempt.questions, 'the same questions, in the same order');
    assert.equal((await keyOf(attempt.id)).length, 4);
  });

  it('refuse what does not fit, with problem+json and nothing changed', async () => {
    const learner = await signUp();
    const other = await signUp();
    const attempt = (await start(learner, 'fixture-quick')).body as Attempt;
    const refusals: [Promise<{ status: number; type: string }>, number][] = [
      [start(learner, 'no-such-template'), 404],
      [call('/api/assessments', { method: 'POST', json: { template: 'Not A Slug' }, as: learner }), 400],
      [call('/api/assessments', { method: 'POST', json: { template: 'fixture-quick', extra: 1 }, as: learner }), 400],
      [call(`/api/assessments/${attempt.id}`, { as: other }), 404],
      [call('/api/assessments/not-a-uuid', { as: learner }), 400],
      [answer(other, attempt.id, 'q1', { choices: ['a'] }), 404],
      [answer(learner, attempt.id, 'q9', { choices: ['a'] }), 404],
      [answer(learner, attempt.id, 'q1', { text: 'a' }), 400],
      [answer(learner, attempt.id, 'q1', { choices: ['z'] }), 400],
      [answer(learner, attempt.id, 'q1', { choices: ['a', 'b'] }), 400],
      [answer(learner, attempt.id, 'q4', { choices: ['a'] }), 400],
      [answer(learner, attempt.id, 'q4', { language: 'python', code: 'print(1)' }), 400],
      [event(learner, attempt.id, 'q1', 'scroll'), 400],
      [event(learner, attempt.id, 'q9', 'open'), 404],
      [report(learner, attempt.id), 409],
    ];
    for (const [pending, expected] of refusals) {
      const response = await pending;
      assert.equal(response.status, expected);
      assert.match(response.type, /application\/problem\+json/);
    }
    assert.deepEqual((await call(`/api/assessments/${attempt.id}`, { as: learner })).body.answers, []);
  });

  it('keep answers as they are given, score them at the end and explain each one in the report', async () => {
    const learner = await signUp();
    const attempt = (await start(learner, 'fixture-quick')).body as Attempt;
    const key = await keyOf(attempt.id);
    const [q1, q2, q3, q4] = key as [FrozenQuestion, FrozenQuestion, FrozenQuestion, FrozenQuestion];
    assert.equal((await event(learner, attempt.id, 'q1', 'open')).status, 204);
    assert.equal((await answer(learner, attempt.id, 'q1', { choices: ['b'] })).status, 200);
    // The newest answer stands: q1 right in the end.
    const saved = await answer(learner, attempt.id, 'q1', rightAnswer(q1));
    assert.equal(saved.status, 200);
    assert.deepEqual(saved.body.choices, (rightAnswer(q1) as { choices: string[] }).choices);
    await sleep(1_100);
    await event(learner, attempt.id, 'q2', 'open');
    const wrong = (q2.options ?? []).find((o) => !o.correct)?.id;
    await answer(learner, attempt.id, 'q2', { choices: [wrong] });
    await event(learner, attempt.id, 'q4', 'open');
    await event(learner, attempt.id, 'q4', 'paste');
    await answer(learner, attempt.id, 'q4', { text: `  ${q4.answer}\n\n` });
    const resumed = (await call(`/api/assessments/${attempt.id}`, { as: learner })).body as Attempt;
    assert.deepEqual(resumed.answers.map((a) => a.question), ['q1', 'q2', 'q4'], 'a reload gets every answer back');

    assert.deepEqual((await finish(learner, attempt.id)).body, { status: 'finished' });
    assert.equal((await answer(learner, attempt.id, 'q3', rightAnswer(q3))).status, 409);
    assert.equal((await event(learner, attempt.id, 'q3', 'open')).status, 409);
    assert.equal((await finish(learner, attempt.id)).status, 200, 'finishing again changes nothing');

    const { status, body } = await report(learner, attempt.id);
    assert.equal(status, 200);
    assert.equal(body.complete, true);
    assert.deepEqual([body.score, body.maxScore, body.percent, body.passed], [30, 50, 60, true]);
    const byId = new Map(body.questions.map((q) => [q.id, q]));
    assert.deepEqual([...byId.values()].map((q) => q.score), [10, 0, 0, 20]);
    assert.ok((byId.get('q1')?.timeSeconds ?? 0) >= 1, 'the second spent on q1 counts');
    assert.equal(byId.get('q3')?.timeSeconds, 0, 'never opened');
    assert.equal(byId.get('q3')?.answer, null);
    assert.deepEqual(byId.get('q2')?.correct, (q2.options ?? []).filter((o) => o.correct).map((o) => o.id));
    assert.ok(byId.get('q2')?.options?.every((o) => o.explanation.length > 0));
    assert.equal(byId.get('q4')?.correct, '42\ndone');
    assert.equal(byId.get('q4')?.explanation, 'Multiplication first, then the word.');
    assert.deepEqual(body.topics, [{ topic: 'fixture-topic', title: 'Fixture topic', score: 30, max: 50 }]);
    assert.deepEqual(body.integrity, { pastes: 1, blurs: 0 });
    assert.ok(body.feedback.some((f) => f.kind === 'celebratory' && f.text.startsWith('Passed with 60 %')));
    assert.ok(body.feedback.some((f) => f.kind === 'informative' && f.text.startsWith('1 paste was recorded')));
    assert.deepEqual(body.recommendations, [{ roadmap: 'fixture-road', node: 'intro', title: 'Introduction' }]);
    assert.equal(body.percentile, null, 'fewer than five finished attempts');
    assert.equal(body.narrative, null, 'no feedback model is configured');
    assert.deepEqual(body.history.map((h) => [h.id, h.percent]), [[attempt.id, 60]]);

    const retake = await start(learner, 'fixture-quick');
    assert.equal(retake.status, 429);
    const wait = Number(retake.headers.get('retry-after'));
    assert.ok(wait > 3000 && wait <= 3600, `Retry-After ${wait}`);
    const listed = (await call('/api/assessments', { as: learner })).body.items[0];
    assert.equal(listed.attempts, 1);
    assert.equal(listed.best, 60);
    assert.ok(new Date(listed.availableAt).getTime() > Date.now() + 3_000_000);
  });

  it('mark the template’s roadmap node done once an attempt passes', async () => {
    const learner = await signUp();
    const node = async () => ((await call('/api/roadmaps/fixture-road', { as: learner })).body.nodes as { id: string; state: string; comingSoon?: boolean }[]).find((n) => n.id === 'mock');
    assert.equal((await node())?.comingSoon, undefined, 'the template exists, so it is not coming soon');
    assert.notEqual((await node())?.state, 'done');
    const attempt = (await start(learner, 'fixture-quick')).body as Attempt;
    for (const question of await keyOf(attempt.id)) assert.equal((await answer(learner, attempt.id, question.id, rightAnswer(question))).status, 200);
    await finish(learner, attempt.id);
    const { body } = await report(learner, attempt.id);
    assert.deepEqual([body.percent, body.passed], [100, true]);
    assert.ok(body.feedback.some((f) => f.text === 'All 4 concept questions on Fixture topic right.'));
    assert.equal((await node())?.state, 'done');
  });

  it('finish an attempt at its deadline with nobody connected, and report it', async () => {
    const learner = await signUp();
    const attempt = (await start(learner, 'fixture-short')).body as Attempt;
    const [question] = await keyOf(attempt.id);
    assert.ok(question);
    await answer(learner, attempt.id, 'q1', rightAnswer(question));
    // Nothing more from the learner: no finish, no reads (a read would finish it too).
    await waitForStatus(attempt.id, 'finished', 30_000);
    const [row] = await scratch.sql<{ finishedAt: Date; endsAt: Date }[]>`select finished_at, ends_at from assessment_attempts where id = ${attempt.id}`;
    assert.equal(row?.finishedAt.getTime(), row?.endsAt.getTime(), 'finished at the deadline, not when it was noticed');
    const { status, body } = await report(learner, attempt.id);
    assert.equal(status, 200);
    assert.deepEqual([body.score, body.percent, body.passed], [10, 100, true]);
    assert.equal((await answer(learner, attempt.id, 'q1', rightAnswer(question))).status, 409);
    const metrics = await (await api.request('/metrics')).text();
    assert.match(metrics, /^assessment_attempts_finished_total\{by="deadline"\} [1-9]/m);
    assert.match(metrics, /^assessment_attempts_scored_total\{outcome="passed"\} [1-9]/m);
  });

  it('draw a retake from what the learner has not seen yet', async () => {
    const learner = await signUp();
    const sources: string[] = [];
    for (let i = 0; i < 2; i++) {
      const attempt = (await start(learner, 'fixture-short')).body as Attempt;
      sources.push((await keyOf(attempt.id))[0]?.source ?? '');
      await finish(learner, attempt.id);
    }
    assert.equal(new Set(sources).size, 2, `both attempts drew ${sources[0]}`);
  });

  it('give a percentile once five attempts of the template have finished', async () => {
    const learners = await Promise.all(Array.from({ length: 5 }, () => signUp()));
    const attempts: string[] = [];
    for (const [i, learner] of learners.entries()) {
      const attempt = (await start(learner, 'fixture-short')).body as Attempt;
      const [question] = await keyOf(attempt.id);
      assert.ok(question);
      // The first answers right, the others wrong: the first beats every other attempt but the clock test's.
      const wrong = (question.options ?? []).find((o) => !o.correct)?.id;
      await answer(learner, attempt.id, 'q1', i === 0 ? rightAnswer(question) : { choices: [wrong] });
      await finish(learner, attempt.id);
      attempts.push(attempt.id);
    }
    const first = learners[0] as Caller;
    const { body } = await report(first, attempts[0] as string);
    assert.ok(body.percentile, 'a percentile among five or more');
    assert.ok(body.percentile.among >= 5);
    assert.ok(body.percentile.value >= 70, `value ${body.percentile.value}`);
    const last = await report(learners[4] as Caller, attempts[4] as string);
    assert.ok(last.body.percentile && last.body.percentile.value < 50);
  });
});
