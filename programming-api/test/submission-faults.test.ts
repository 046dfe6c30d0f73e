/**
 * Faults lose nothing: a grader killed mid-job, Redis restarted (or emptied) with jobs queued,
 * Postgres stopped, fifty identical submissions at once. Each runs on a rig of its own.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { gradingProgressKey } from '@eduscale/contracts';
import { ADD_TWO_PY, freshAccepted } from './submissions-client.ts';
import { rigClient } from './rig-client.ts';
import { startGradingRig, type GradingRig } from './grading-rig.ts';

const LOCK_MS = 2_000;

describe('grading under faults', { timeout: 240_000 }, () => {
  let rig: GradingRig;

  before(async () => {
    rig = await startGradingRig({ lockMs: LOCK_MS });
  });
  after(() => rig?.close());

  const { signUp, submit, submitted, statusOf, waitFor, untilDone, gradingOf } = rigClient(() => rig);

  it('grades 50 identical submissions, sent at once, exactly once', async () => {
    rig.startGrader('grader-a');
    const code = freshAccepted('fifty');
    const cookies = await Promise.all(Array.from({ length: 50 }, () => signUp()));
    const responses = await Promise.all(cookies.map((cookie) => submit(cookie, code)));
    for (const response of responses) assert.ok([200, 202].includes(response.status), `${response.status}`);
    const ids = await Promise.all(responses.map(async (r) => ((await r.json()) as { id: string }).id));
    const finished = await Promise.all(ids.map((id, i) => untilDone(cookies[i] ?? '', id)));
    assert.ok(finished.every((s) => s.verdict === 'accepted'));

    const sha = createHash('sha256').update(code).digest();
    const gradings = await rig.sql<{ id: string; attempts: number }[]>`select id, attempts from gradings where code_sha256 = ${sha}`;
    assert.equal(gradings.length, 1, 'one grading for one key');
    assert.equal(gradings[0]?.attempts, 1, 'run once, not regraded');
    const [linked] = await rig.sql<{ count: number }[]>`select count(*)::int as count from submissions where grading_id = ${gradings[0]?.id ?? ''}`;
    assert.equal(linked?.count, 50);
    const [solves] = await rig.sql<{ count: number }[]>`select count(*)::int as count from solves`;
    assert.equal(solves?.count, 50, 'each of the 50 users earned the points once');
  });

  it('finishes a submission whose grader is killed (SIGKILL) mid-job, with one result', async () => {
    await rig.stopGraders();
    const victim = rig.startGrader('grader-victim');
    const cookie = await signUp();
    // Slow but correct: about 0.2 s per test, so there is time to kill it in the middle.
    const id = await submitted(cookie, `import time\ntime.sleep(0.2)\n${ADD_TWO_PY}`);
    const grading = await waitFor('the grading to start', async () => (await statusOf(cookie, id)).status === 'running' || undefined);
    assert.ok(grading);
    const { id: gradingId } = await gradingOf(id);
    const redis = new Redis(rig.redisUrl);
    await waitFor('a test to finish', async () => ((await redis.llen(gradingProgressKey(gradingId))) >= 2 ? true : undefined));
    redis.disconnect();
    victim.kill('SIGKILL');

    rig.startGrader('grader-rescuer');
    const done = await untilDone(cookie, id);
    assert.equal(done.verdict, 'accepted');
    const after = await gradingOf(id);
    assert.ok(after.attempts >= 2, `attempts ${after.attempts}`);
    assert.equal(after.tests, done.tests.length, 'one set of test results');
  });

  it('grades every job queued before Redis restarts', async () => {
    await rig.stopGraders();
    const cookie = await signUp();
    const ids = await Promise.all(Array.from({ length: 5 }, (_, i) => submitted(cookie, freshAccepted(`restart-${i}`))));
    // The append-only file is fsynced every second; a clean shutdown writes it out anyway.
    await rig.stopRedis();
    await rig.startRedis();
    rig.startGrader('grader-after-restart');
    const finished = await Promise.all(ids.map((id) => untilDone(cookie, id)));
    assert.ok(finished.every((s) => s.verdict === 'accepted'));
  });

  it('grades every job even when Redis comes back empty (the reconciler re-enqueues them)', async () => {
    await rig.stopGraders();
    const cookie = await signUp();
    const ids = await Promise.all(Array.from({ length: 3 }, (_, i) => submitted(cookie, freshAccepted(`lost-${i}`))));
    await rig.stopRedis();
    rig.wipeRedisData();
    await rig.startRedis();
    rig.startGrader('grader-after-loss');
    const finished = await Promise.all(ids.map((id) => untilDone(cookie, id)));
    assert.ok(finished.every((s) => s.verdict === 'accepted'));
  });

  it('answers 503 problem+json while Postgres is down and recovers when it returns', async () => {
    const cookie = await signUp();
    await rig.stopPostgres();
    const down = await submit(cookie, freshAccepted('pg-down'));
    assert.equal(down.status, 503);
    assert.equal(down.headers.get('content-type'), 'application/problem+json');
    const body = (await down.json()) as { detail: string };
    assert.doesNotMatch(JSON.stringify(body), /at \w+ \(|node_modules|ECONNREFUSED/, 'no internals leak');
    const health = await rig.api.request('/api/health');
    assert.equal(health.status, 503);

    await rig.startPostgres();
    const id = await waitFor('the API to recover', async () => {
      const response = await submit(cookie, freshAccepted('pg-back'));
      return response.status === 202 ? ((await response.json()) as { id: string }).id : undefined;
    });
    assert.equal((await untilDone(cookie, id)).verdict, 'accepted');
  });
});
