import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { freePort, waitForPort } from '@eduscale/test-kit/processes';
import { requireEnv } from '@eduscale/test-kit/env';

const BUSY_LOOP = 'while True:\n    pass\n';
const HELLO = 'print("hi")\n';

/**
 * A grader of the test's own (two sandboxes, the stack's Redis for the per-user counts), sent
 * runs the way NGINX sends them: with the signed-in user named in X-User-Id.
 */
describe('one user with a burst of busy loops, and another user with a hello world', () => {
  let url = '';
  let grader: ReturnType<typeof spawn>;
  before(async () => {
    const port = await freePort();
    grader = spawn(process.execPath, ['src/main.ts'], {
      cwd: new URL('..', import.meta.url).pathname,
      env: { PATH: process.env.PATH, PORT: String(port), LOG_LEVEL: 'warn', GRADER_CONCURRENCY: '2', REDIS_URL: requireEnv('REDIS_URL'), RUNS_IN_FLIGHT_PER_USER: '4' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    await waitForPort(port);
    url = `http://127.0.0.1:${port}`;
  });
  after(async () => {
    grader.kill('SIGTERM');
    await once(grader, 'exit');
  });

  const run = (user: string, code: string) =>
    fetch(`${url}/run`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-user-id': user }, body: JSON.stringify({ language: 'python', code }) });

  it('refuses the burst beyond the per-user cap with 429 and Retry-After, serves the other user while the burst is still running, and frees the cap afterwards', { timeout: 120_000 }, async () => {
    const [alice, bob] = [randomUUID(), randomUUID()];
    const refusals: Response[] = [];
    let aliceFinished = 0;
    let threeRefused: () => void = () => {};
    const refusedInTime = new Promise<void>((resolve) => (threeRefused = resolve));
    const burst = Array.from({ length: 7 }, () =>
      run(alice, BUSY_LOOP).then(async (response) => {
        const body = (await response.json()) as { verdict?: string };
        if (response.status === 429) refusals.push(response);
        else aliceFinished++;
        if (refusals.length === 3) threeRefused();
        return { response, body };
      }),
    );

    // The refusals come at once; once they are in, every admitted run is in the grader.
    await refusedInTime;
    for (const response of refusals) {
      assert.equal(response.headers.get('content-type'), 'application/problem+json');
      assert.ok(Number(response.headers.get('retry-after')) >= 1);
    }

    const hello = await run(bob, HELLO);
    const unfinishedAtHello = 4 - aliceFinished;
    assert.equal(hello.status, 200);
    assert.equal(((await hello.json()) as { verdict: string; stdout: string }).stdout, 'hi\n');
    assert.ok(unfinishedAtHello >= 2, `bob was served while ${unfinishedAtHello} of alice's 4 runs were in flight (waiting behind them would leave none)`);

    const answers = await Promise.all(burst);
    const admitted = answers.filter(({ response }) => response.status !== 429);
    assert.deepEqual(admitted.map(({ response, body }) => [response.status, body.verdict]), Array.from({ length: 4 }, () => [200, 'time_limit_exceeded']));
    const again = await run(alice, HELLO);
    assert.equal(again.status, 200, 'her finished runs gave their places back');
  });
});
