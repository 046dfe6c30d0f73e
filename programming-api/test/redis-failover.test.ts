/**
 * Redis that survives losing a node: the API and two graders reach Redis through three
 * sentinels (REDIS_URL=redis+sentinel://…); the primary is SIGKILLed while gradings are queued
 * and running. Every submission still gets its verdict, each grading has one set of test
 * results (nothing graded twice), and a submission sent after the failover is graded too.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { askRedis } from '@eduscale/test-kit/servers';
import { startGradingRig, type GradingRig } from './grading-rig.ts';
import { rigClient } from './rig-client.ts';
import { ADD_TWO_PY } from './submissions-client.ts';

const SUBMISSIONS = 6;
const VERDICT_WITHIN_MS = 180_000;

describe('grading through a Redis failover', { timeout: 420_000 }, () => {
  let rig: GradingRig;
  const { signUp, submitted, statusOf, waitFor, untilDone, gradingOf } = rigClient(() => rig);

  before(async () => {
    rig = await startGradingRig({ lockMs: 2_000, redis: 'sentinel' });
    rig.startGrader('grader-1');
    rig.startGrader('grader-2');
  });
  after(() => rig?.close());

  it('loses no grading and grades none twice when the primary is killed mid-grading', async () => {
    const sentinel = rig.sentinel;
    assert.ok(sentinel);
    const cookie = await signUp();
    // Slow but correct (about 0.2 s a test), each one distinct so none is answered from another's result.
    const ids = await Promise.all(Array.from({ length: SUBMISSIONS }, (_, i) => submitted(cookie, `import time\ntime.sleep(0.2)\n${ADD_TWO_PY}# failover ${i}\n`)));
    await waitFor('a grading to be running', async () => ((await statusOf(cookie, ids[0] ?? '')).status === 'running' ? true : undefined), 90_000);
    const before = await askRedis(sentinel.ports.primary, (c) => c.dbsize());
    assert.ok(before > 0, 'the queue lives on the primary');

    await sentinel.killPrimary();
    await sentinel.waitForPromotion();

    const finished = await Promise.all(ids.map((id) => untilDone(cookie, id, VERDICT_WITHIN_MS)));
    for (const [index, submission] of finished.entries()) {
      assert.equal(submission.verdict, 'accepted', `submission ${index}`);
      const grading = await gradingOf(ids[index] ?? '');
      assert.equal(grading.tests, submission.tests.length, `submission ${index}: one set of test results`);
    }
    const [{ gradings } = { gradings: -1 }] = await rig.sql<{ gradings: number }[]>`
      select count(distinct s.grading_id)::int as gradings from submissions s where s.id = any(${ids}::uuid[])`;
    assert.equal(gradings, SUBMISSIONS, 'one grading per submission');

    const afterwards = await submitted(cookie, `${ADD_TWO_PY}# after the failover\n`);
    assert.equal((await untilDone(cookie, afterwards, VERDICT_WITHIN_MS)).verdict, 'accepted');
  });
});
