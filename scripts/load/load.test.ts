import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCatalogue } from './catalogue.ts';
import { hammer } from './hammer.ts';
import { runSubmissions } from './submissions.ts';

// Against the throwaway stack `npm test` starts; briefly, and without judging speed.
const base = (process.env.EDUSCALE_URL ?? '').replace(/\/$/, '');

describe('npm run load', { skip: base ? false : 'needs EDUSCALE_URL (npm test starts a stack)' }, () => {
  it('reads the floor and every catalogue target in turn, each answered 200', async () => {
    const result = await runCatalogue({ base, connections: 2, seconds: 1, rounds: 1, pauseSeconds: 0 });
    assert.deepEqual(result.rows.map((row) => row.target), ['static', 'list', 'detail', 'list_api', 'detail_api']);
    assert.ok(result.sizes.static > 0 && result.slugs > 0, JSON.stringify(result.sizes));
    for (const row of result.rows) {
      assert.ok(row.requests > 0, `${row.target} made no request`);
      assert.equal(row.wrong, 0, `${row.target} had answers other than 200`);
      // Transport errors and timeouts (a fresh-clone run under CI's parallel load had one) are held
      // to the scenario's own bound, 0.1 %, and at least one is tolerated in a one-second run.
      assert.ok(row.failed - row.wrong <= Math.max(1, row.requests / 1000), `${row.target}: ${row.failed} failures in ${row.requests} requests`);
      assert.ok(row.p99 !== undefined && row.p50 !== undefined && row.p50 <= row.p99, row.target);
    }
  });

  it('answers identical accepted code from the stored result for every signed-in connection', async () => {
    // Five submissions per user: within the stack's default twelve a minute.
    const result = await runSubmissions({ base, users: 2, connections: 2, seconds: 1, maxRequestsPerConnection: 5 });
    assert.equal(result.requests, 10);
    assert.equal(result.failed, 0);
  });

  it('counts answers that are not what the target expects as failures', async () => {
    const result = await hammer({ url: base, seconds: 1, connections: 1, request: { path: '/api/assignments/no-such-assignment', ok: (status) => status === 200 } });
    assert.ok(result.requests > 0);
    assert.equal(result.failed, result.requests);
  });
});
