/**
 * Mock assessments under faults, on a grading rig of their own: a grader killed (SIGKILL) while it
 * grades a coding answer (the answer is still graded, and counted once), and the API instance an
 * attempt was started on killed before its deadline (another instance finishes it then).
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { gradingProgressKey, type Attempt, type Report } from '@eduscale/contracts';
import { REPO_ROOT } from '@eduscale/test-kit/paths';
import { freePort } from '@eduscale/test-kit/processes';
import type { AssessmentContent } from '../src/assessments/assessment-content.schema.ts';
import { seedAssessments } from '../src/assessments/assessment-seed.service.ts';
import type { FrozenQuestion } from '../src/assessments/frozen-question.ts';
import { startGradingRig, type GradingRig } from './grading-rig.ts';
import { waitFor as waitForValue } from './rig-client.ts';

const CONTENT: AssessmentContent = {
  topics: [
    {
      slug: 'math',
      title: 'Arithmetic',
      study: [{ roadmap: 'algorithms-for-placements', node: 'complexity-analysis' }],
      questions: [
        {
          id: 'rig-sum',
          kind: 'choice',
          difficulty: 'easy',
          title: 'A sum',
          prompt: 'What is 2 + 2?',
          options: [
            { id: 'a', text: '4', correct: true, explanation: 'Two and two make four.' },
            { id: 'b', text: '5', correct: false, explanation: 'One too many.' },
          ],
        },
      ],
    },
  ],
  templates: [
    {
      slug: 'rig-coding',
      title: 'Rig coding round',
      summary: 'One coding question (an easy math one from the catalogue) for the fault tests.',
      order: 1,
      durationMinutes: 10,
      passingPercent: 50,
      retakeCooldownMinutes: 0,
      sections: [{ title: 'Coding', kind: 'coding', topics: ['math'], difficulties: ['easy'], count: 1, points: 40 }],
    },
    {
      slug: 'rig-short',
      title: 'Rig short round',
      summary: 'One concept question with a deadline of seconds, for the fault tests.',
      order: 2,
      durationMinutes: 5,
      passingPercent: 50,
      retakeCooldownMinutes: 0,
      sections: [{ title: 'One', kind: 'choice', topics: ['math'], difficulties: ['easy'], count: 1, points: 10 }],
    },
  ],
};

describe('mock assessments under faults', { timeout: 240_000 }, () => {
  let rig: GradingRig;
  let users = 0;

  before(async () => {
    rig = await startGradingRig({ lockMs: 2_000 });
    await seedAssessments(rig.sql, CONTENT);
    await rig.sql`update assessment_templates set duration_seconds = 4 where slug = 'rig-short'`;
  });
  after(() => rig?.close());

  async function call(base: string | null, path: string, init: { method?: string; json?: unknown; cookie?: string } = {}) {
    const headers: Record<string, string> = {};
    if (init.cookie) headers.cookie = init.cookie;
    if (init.json !== undefined) headers['content-type'] = 'application/json';
    const request = { method: init.method ?? 'GET', headers, body: init.json === undefined ? undefined : JSON.stringify(init.json) };
    const response = base ? await fetch(`${base}${path}`, request) : await rig.api.request(path, request);
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
  }

  async function signUp(base: string | null = null): Promise<string> {
    const response = await call(base, '/api/auth/register', { method: 'POST', json: { username: `mockrig_${process.pid}_${++users}`, password: 'correct horse battery' } });
    assert.equal(response.status, 201);
    return response.cookie;
  }

  const waitFor = <T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 90_000) => waitForValue(what, probe, timeoutMs);

  const submissionOf = async (cookie: string, id: string) => (await call(null, `/api/submissions/${id}`, { cookie })).body as { status: string; verdict: string | null; reused: boolean };

  it('grades a coding answer whose grader is killed mid-job, and counts it once', async () => {
    const victim = rig.startGrader('grader-victim');
    const cookie = await signUp();
    const attempt = (await call(null, '/api/assessments', { method: 'POST', json: { template: 'rig-coding' }, cookie })).body as Attempt;
    // Any easy catalogue assignment tagged math; each ships a Python reference solution.
    const assignment = attempt.questions[0]?.assignment;
    assert.ok(assignment, 'a coding question was drawn');
    // Slow but correct: about 0.2 s per test, so there is time to kill the grader in the middle.
    const solution = readFileSync(join(REPO_ROOT, 'content', 'assignments', assignment, 'solutions', 'main.py'), 'utf8');
    const code = `import time\ntime.sleep(0.2)\n${solution}# mock ${process.pid}\n`;
    const answered = await call(null, `/api/assessments/${attempt.id}/answers/q1`, { method: 'PUT', json: { language: 'python', code }, cookie });
    assert.equal(answered.status, 200);
    const submissionId = answered.body.submission as string;
    await waitFor('the grading to start', async () => ((await submissionOf(cookie, submissionId)).status === 'running' ? true : undefined));
    const [grading] = await rig.sql<{ gradingId: string }[]>`select grading_id from submissions where id = ${submissionId}`;
    assert.ok(grading);
    const redis = new Redis(rig.redisUrl);
    await waitFor('a test to finish', async () => ((await redis.llen(gradingProgressKey(grading.gradingId))) >= 2 ? true : undefined));
    redis.disconnect();
    victim.kill('SIGKILL');
    rig.startGrader('grader-rescuer');
    await waitFor('the answer to be graded', async () => ((await submissionOf(cookie, submissionId)).status === 'done' ? true : undefined));

    // The same code again: reused, not regraded, and still one answer's worth of points.
    const again = await call(null, `/api/assessments/${attempt.id}/answers/q1`, { method: 'PUT', json: { language: 'python', code }, cookie });
    assert.equal((await submissionOf(cookie, again.body.submission as string)).reused, true);
    assert.equal((await call(null, `/api/assessments/${attempt.id}/finish`, { method: 'POST', cookie })).status, 200);
    const report = (await call(null, `/api/assessments/${attempt.id}/report`, { cookie })).body as Report;
    assert.equal(report.complete, true);
    assert.deepEqual([report.questions[0]?.verdict, report.questions[0]?.score, report.score, report.maxScore, report.passed], ['accepted', 40, 40, 40, true]);
    assert.ok(report.questions[0]?.tests && report.questions[0].tests.passed === report.questions[0].tests.total && report.questions[0].tests.total > 0);
    const [gradings] = await rig.sql<{ count: number }[]>`
      select count(distinct s.grading_id)::int as count from assessment_coding_answers c join submissions s on s.id = c.submission_id where c.attempt_id = ${attempt.id}`;
    assert.equal(gradings?.count, 1, 'two answers, one grading');
  });

  it('finishes an attempt at its deadline when the API instance it started on was killed', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const instance: ChildProcess = spawn(process.execPath, ['src/main.ts'], {
      cwd: join(REPO_ROOT, 'programming-api'),
      env: { PATH: process.env.PATH, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: rig.databaseUrl, REDIS_URL: rig.redisUrl, LOG_LEVEL: 'warn' },
      stdio: 'ignore',
    });
    try {
      await waitFor('the second instance to listen', async () => ((await fetch(`${base}/api/health`)).status === 200 ? true : undefined), 60_000);
      const cookie = await signUp(base);
      const attempt = (await call(base, '/api/assessments', { method: 'POST', json: { template: 'rig-short' }, cookie })).body as Attempt;
      const [row] = await rig.sql<{ questions: FrozenQuestion[] }[]>`select questions from assessment_attempts where id = ${attempt.id}`;
      const right = row?.questions[0]?.options?.find((o) => o.correct)?.id;
      assert.equal((await call(base, `/api/assessments/${attempt.id}/answers/q1`, { method: 'PUT', json: { choices: [right] }, cookie })).status, 200);
      instance.kill('SIGKILL');

      // Nobody reads the attempt: the surviving instance's deadline job or sweep must finish and score it.
      await waitFor('the attempt to be finished and scored', async () => {
        const [state] = await rig.sql<{ status: string; scoredAt: Date | null }[]>`select status, scored_at from assessment_attempts where id = ${attempt.id}`;
        return state?.status === 'finished' && state.scoredAt ? true : undefined;
      });
      const report = (await call(null, `/api/assessments/${attempt.id}/report`, { cookie })).body as Report;
      assert.deepEqual([report.score, report.percent, report.passed], [10, 100, true]);
    } finally {
      instance.kill('SIGKILL');
    }
  });
});

