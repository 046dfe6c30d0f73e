import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { hostname } from 'node:os';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { GRADER_HEARTBEAT_KEY, GraderHeartbeat } from '@eduscale/contracts';
import { freePort, waitForPort } from '@eduscale/test-kit/processes';
import { requireEnv } from '@eduscale/test-kit/env';

describe('grader heartbeats (what battle servers pause battles by)', () => {
  const redis = new Redis(requireEnv('REDIS_URL'));
  after(() => redis.quit());

  const heartbeats = async () =>
    Object.fromEntries(Object.entries(await redis.hgetall(GRADER_HEARTBEAT_KEY)).map(([grader, raw]) => [grader, GraderHeartbeat.parse(JSON.parse(raw))]));

  it('are fresh for each of the stack\'s graders, breaker closed', async () => {
    const fresh = Object.values(await heartbeats()).filter((h) => h.at > Date.now() - 5_000);
    assert.ok(fresh.length >= 2, `fresh heartbeats: ${JSON.stringify(fresh)}`);
    assert.ok(fresh.every((h) => h.breaker === 'closed'));
  });

  it('start with a grader taking jobs and go when it stops', async () => {
    const port = await freePort();
    const grader = spawn(process.execPath, ['src/main.ts'], {
      cwd: new URL('..', import.meta.url).pathname,
      env: { PATH: process.env.PATH, PORT: String(port), LOG_LEVEL: 'warn', GRADER_CONCURRENCY: '1', DATABASE_URL: requireEnv('DATABASE_URL'), REDIS_URL: requireEnv('REDIS_URL') },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    await waitForPort(port);
    const field = `${hostname()}:${grader.pid}`;
    for (let i = 0; i < 50 && !(field in (await heartbeats())); i++) await sleep(100);
    assert.equal((await heartbeats())[field]?.breaker, 'closed');

    grader.kill('SIGTERM');
    await once(grader, 'exit');
    assert.ok(!(field in (await heartbeats())), 'a grader that stops takes its heartbeat with it');
  });
});
