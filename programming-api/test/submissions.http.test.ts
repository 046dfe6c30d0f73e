/**
 * Every submission rule of API.md, against the app in-process over the stack's Postgres and
 * Redis: the stack's graders take its jobs from the shared queue and grade them for real.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { MAX_CODE_BYTES, POINTS_LEADERBOARD_KEY } from '@eduscale/contracts';
import { requireEnv } from '@eduscale/test-kit/env';
import { createTestApp } from './app-harness.ts';
import { ADD_TWO, ADD_TWO_PY, freshAccepted, hiddenTestData, submissionsClient, type SseEvent } from './submissions-client.ts';

const app = await createTestApp();
after(() => app.close());
const { client: api, signUp } = app;
const { submit, readEvents, waitUntilDone } = submissionsClient(api);

const PROBLEM = 'application/problem+json';
const HIDDEN = hiddenTestData(ADD_TWO);

function assertNoHiddenData(text: string): void {
  assert.ok(HIDDEN.length >= 5, `${ADD_TWO} has ${HIDDEN.length} hidden inputs and outputs long enough to look for`);
  for (const secret of HIDDEN) assert.ok(!text.includes(secret), `a response leaked hidden test data: ${JSON.stringify(secret)}`);
}

describe('POST /api/submissions', () => {
  it('answers 202 queued for new code, and the event stream ends with the final result', async () => {
    const user = await signUp('sub');
    // About 0.15 s per test: the stream surely opens before the result exists, so it carries every test.
    const created = await submit(user.cookie, `import time\ntime.sleep(0.15)\n${freshAccepted()}`);
    assert.equal(created.status, 202, created.text);
    assert.deepEqual(Object.keys(created.body).sort(), ['id', 'status']);
    assert.match(created.body.status, /^(queued|running)$/);

    const { response, events } = await readEvents(`/api/submissions/${created.body.id}/events`, user.cookie, { until: 'result' });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
    const last = events.at(-1) as SseEvent & { data: Record<string, unknown> };
    assert.equal(last.event, 'result', `events: ${events.map((e) => e.event).join(', ')}`);
    assert.equal(last.data.status, 'done');
    assert.equal(last.data.verdict, 'accepted');
    assert.equal(last.data.score, 1);
    assert.equal(last.data.reused, false);
    assert.equal(events.filter((e) => e.event === 'result').length, 1);
    const tests = last.data.tests as { name: string; verdict: string; timeMs: number; memoryKb: number; message: string | null }[];
    assert.ok(tests.length >= 6, `${tests.length} tests`);
    for (const test of tests) {
      assert.equal(test.verdict, 'accepted');
      assert.equal(typeof test.timeMs, 'number');
      assert.equal(typeof test.memoryKb, 'number');
    }
    // Every test's verdict streamed before the result, each test once.
    assert.equal(events[0]?.event, 'status', `events: ${events.map((e) => e.event).join(', ')}`);
    const streamedTests = events.filter((e) => e.event === 'test') as (SseEvent & { data: { index: number } })[];
    assert.deepEqual(streamedTests.map((e) => e.data.index).sort((a, b) => a - b), tests.map((_, i) => i));
    assertNoHiddenData(JSON.stringify(events));
  });

  it('answers 200 with the stored result, reused: true, for code graded before — and grades it once', async () => {
    const code = freshAccepted();
    const first = await signUp('sub');
    const created = await submit(first.cookie, code);
    assert.equal(created.status, 202);
    const graded = await waitUntilDone(first.cookie, created.body.id);

    const second = await signUp('sub');
    const reused = await submit(second.cookie, code);
    assert.equal(reused.status, 200, reused.text);
    assert.equal(reused.body.reused, true);
    assert.equal(reused.body.status, 'done');
    assert.notEqual(reused.body.id, created.body.id);
    assert.deepEqual(reused.body.tests, graded.body.tests, 'the same grading, not a second one');
    assert.equal(reused.body.pointsAwarded, 100, 'a reused accepted result still earns the new user the points');
    assert.deepEqual((await api(`/api/submissions/${reused.body.id}`, { cookie: second.cookie })).body, reused.body, 'the answer is what GET shows');
    const me = await api('/api/me', { cookie: second.cookie });
    assert.equal(me.body.points, 100);
  });

  it('answers 400 for an unknown language, naming the field, and creates nothing', async () => {
    const user = await signUp('sub');
    const response = await api('/api/submissions', { json: { assignment: ADD_TWO, language: 'cobol', code: ADD_TWO_PY }, cookie: user.cookie });
    assert.equal(response.status, 400);
    assert.equal(response.headers.get('content-type'), PROBLEM);
    assert.ok(response.body.errors.some((e: { path: string }) => e.path === 'language'));
    const list = await api('/api/submissions', { cookie: user.cookie });
    assert.deepEqual(list.body.items, []);
  });

  it('answers 404 for an unknown assignment', async () => {
    const user = await signUp('sub');
    const response = await submit(user.cookie, ADD_TWO_PY, 'python', 'no-such-assignment');
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('content-type'), PROBLEM);
    assert.match(response.body.detail, /no-such-assignment/);
  });

  it('answers 413 for code over 64 KiB', async () => {
    const user = await signUp('sub');
    const response = await submit(user.cookie, `${ADD_TWO_PY}#${'x'.repeat(MAX_CODE_BYTES)}`);
    assert.equal(response.status, 413);
    assert.equal(response.headers.get('content-type'), PROBLEM);
  });

  it('answers 429 with Retry-After past the per-user rate limit', async () => {
    const user = await signUp('sub');
    const statuses: number[] = [];
    let limited;
    for (let i = 0; i < 40 && !limited; i++) {
      // An unknown assignment is cheap and still counts against the limit.
      const response = await submit(user.cookie, ADD_TWO_PY, 'python', 'no-such-assignment');
      statuses.push(response.status);
      if (response.status === 429) limited = response;
    }
    assert.ok(limited, `never limited: ${statuses.join(',')}`);
    assert.equal(limited.headers.get('content-type'), PROBLEM);
    assert.ok(Number(limited.headers.get('retry-after')) >= 1, `Retry-After: ${limited.headers.get('retry-after')}`);
    const other = await signUp('sub');
    assert.equal((await submit(other.cookie, ADD_TWO_PY, 'python', 'no-such-assignment')).status, 404, 'the limit is per user');
  });

  it('answers 401 problem+json when signed out', async () => {
    const response = await submit('', ADD_TWO_PY);
    assert.equal(response.status, 401);
    assert.equal(response.headers.get('content-type'), PROBLEM);
    assert.equal((await api('/api/submissions')).status, 401);
  });

  it('refuses a cross-site submission (CSRF)', async () => {
    const user = await signUp('sub');
    const response = await api('/api/submissions', {
      json: { assignment: ADD_TWO, language: 'python', code: ADD_TWO_PY },
      cookie: user.cookie,
      headers: { origin: 'https://evil.example' },
    });
    assert.equal(response.status, 403);
  });

  it('awards the points once when two accepted submissions race', async () => {
    const user = await signUp('sub');
    const [a, b] = await Promise.all([submit(user.cookie, freshAccepted()), submit(user.cookie, freshAccepted())]);
    assert.equal(a.status, 202);
    assert.equal(b.status, 202);
    const results = await Promise.all([waitUntilDone(user.cookie, a.body.id), waitUntilDone(user.cookie, b.body.id)]);
    assert.deepEqual(results.map((r) => r.body.verdict), ['accepted', 'accepted']);
    assert.equal(results.reduce((sum, r) => sum + r.body.pointsAwarded, 0), 100);
    assert.equal((await api('/api/me', { cookie: user.cookie })).body.points, 100);
    const progress = await api('/api/me/progress', { cookie: user.cookie });
    assert.equal(progress.body.points, 100);
    assert.deepEqual(progress.body.solved.map((s: { assignment: string }) => s.assignment), [ADD_TWO]);
    assert.equal(progress.body.streakDays, 1);
    const leaderboard = await api('/api/leaderboard?limit=100');
    assert.equal(leaderboard.status, 200);
    const row = leaderboard.body.items.find((item: { username: string }) => item.username === user.username);
    assert.ok(row, 'the user is on the leaderboard');
    assert.equal(row.points, 100);
  });
});

describe('reading submissions', () => {
  it("answers 404 for someone else's submission and its events", async () => {
    const owner = await signUp('sub');
    const created = await submit(owner.cookie, freshAccepted());
    const stranger = await signUp('sub');
    for (const path of [`/api/submissions/${created.body.id}`, `/api/submissions/${created.body.id}/events`]) {
      const response = await api(path, { cookie: stranger.cookie });
      assert.equal(response.status, 404, path);
      assert.equal(response.headers.get('content-type'), PROBLEM);
    }
    const list = await api('/api/submissions', { cookie: stranger.cookie });
    assert.deepEqual(list.body.items, []);
  });

  it('answers 400 for a malformed id', async () => {
    const user = await signUp('sub');
    assert.equal((await api('/api/submissions/not-an-id', { cookie: user.cookie })).status, 400);
  });

  it('shows hidden tests only as verdicts, samples with the first differing line, and lists newest first', async () => {
    const user = await signUp('sub');
    const wrong = await submit(user.cookie, 'a, b = map(int, input().split())\nprint(a + b + 1)\n');
    await waitUntilDone(user.cookie, wrong.body.id);
    const broken = await submit(user.cookie, 'this is not python(', 'python');
    const done = await waitUntilDone(user.cookie, broken.body.id);
    assert.equal(done.body.verdict, 'runtime_error');

    const detail = await api(`/api/submissions/${wrong.body.id}`, { cookie: user.cookie });
    assert.equal(detail.body.verdict, 'wrong_answer');
    assert.equal(detail.body.score, 0);
    const withMessage = detail.body.tests.filter((t: { message: string | null }) => t.message !== null);
    assert.ok(withMessage.length >= 1 && withMessage.length <= 3, 'samples (only) explain the difference');
    for (const test of withMessage) assert.match(test.message, /^line 1/);

    const list = await api(`/api/submissions?assignment=${ADD_TWO}`, { cookie: user.cookie });
    assert.deepEqual(list.body.items.map((s: { id: string }) => s.id), [broken.body.id, wrong.body.id]);
    for (const text of [detail.text, list.text, (await readEvents(`/api/submissions/${wrong.body.id}/events`, user.cookie, { until: 'result' })).events.map((e) => JSON.stringify(e)).join()]) {
      assertNoHiddenData(text);
    }
  });

  it('shows compiler output for code that does not compile', async () => {
    const user = await signUp('sub');
    const created = await submit(user.cookie, 'int main( { return 0; }', 'c');
    const done = await waitUntilDone(user.cookie, created.body.id);
    assert.equal(done.body.verdict, 'compilation_error');
    assert.match(done.body.compileOutput, /error/);
    assert.deepEqual(done.body.tests, []);
  });
});

describe('live results and what is around them', () => {
  it('streams the same events from every API instance, whichever took the submission', async () => {
    const instances = requireEnv('API_URLS').split(' ');
    assert.ok(instances.length >= 2, 'the stack runs several API processes');
    const user = await signUp('sub');
    const created = await submit(user.cookie, `import time\ntime.sleep(0.1)\n${freshAccepted()}`);
    assert.equal(created.status, 202);
    const streams = await Promise.all(
      instances.map(async (base) => {
        const response = await fetch(`${base}/api/submissions/${created.body.id}/events`, { headers: { cookie: user.cookie } });
        // Up to the result: the insights that follow it take their turn in a queue of their own.
        const reader = (response.body as ReadableStream<Uint8Array>).pipeThrough(new TextDecoderStream()).getReader();
        let text = '';
        while (!/event: result\n[^\n]*\n\n/.test(text)) {
          const { value, done } = await reader.read();
          if (done) break;
          text += value;
        }
        await reader.cancel();
        return text.split('\n\n').filter((block) => block.startsWith('event: ')).map((block) => block.split('\n')[0]);
      }),
    );
    for (const events of streams) {
      assert.equal(events.at(-1), 'event: result');
      assert.equal(events.filter((e) => e === 'event: test').length, 12, `events: ${events.join(', ')}`);
    }
  });

  it('rebuilds the leaderboard from Postgres when Redis has lost it', async () => {
    const user = await signUp('sub');
    const created = await submit(user.cookie, freshAccepted());
    await waitUntilDone(user.cookie, created.body.id);
    const redis = new Redis(requireEnv('REDIS_URL'));
    try {
      await redis.del(POINTS_LEADERBOARD_KEY);
    } finally {
      redis.disconnect();
    }
    const leaderboard = await api('/api/leaderboard?limit=100');
    const row = leaderboard.body.items.find((item: { username: string }) => item.username === user.username);
    assert.equal(row?.points, 100);
  });

  it('counts dedup hits, open streams and the queue on /metrics', async () => {
    const user = await signUp('sub');
    await submit(user.cookie, ADD_TWO_PY);
    const metrics = await (await app.request('/metrics')).text();
    for (const name of ['submission_dedup_hits_total', 'submission_sse_clients', 'grading_queue_jobs', 'grading_reconciled_total']) {
      assert.match(metrics, new RegExp(`^# TYPE ${name} `, 'm'), name);
    }
    assert.match(metrics, /^grading_queue_jobs\{state="waiting"\} \d+/m);
  });
});
