import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import postgres from 'postgres';
import { requireEnv } from '@eduscale/test-kit/env';
import { DEFAULT_CACHE_DIR } from '../src/config.ts';
import { createSandboxBreaker } from '../src/execution/breaker.ts';
import { createExecutionService } from '../src/execution/execution.service.ts';
import { createGradingService } from '../src/grading/grading.service.ts';
import { startGradingWorker } from '../src/grading/grading.worker.ts';
import { createLogger } from '../src/logger.ts';
import { createGraderMetrics } from '../src/metrics.ts';
import { BubblewrapSandbox } from '../src/sandbox/bubblewrap/bubblewrap.driver.ts';

/**
 * Two graders of the test's own on a queue of its own (the stack's graders never see it), each
 * with a sandbox that genuinely fails: the files every sandbox mounts are gone from its store.
 * No heartbeat is written, so the stack's battles are not paused by these broken graders.
 */
async function startBrokenGrader(name: string, deps: { sql: postgres.Sql; redis: Redis; queue: string }) {
  const workDir = mkdtempSync(join(tmpdir(), `grader-poisoned-${name}-`));
  const sandbox = new BubblewrapSandbox({ workDir, cacheDir: DEFAULT_CACHE_DIR, concurrency: 1 });
  for (const entry of readdirSync(workDir)) rmSync(join(workDir, entry), { recursive: true, force: true });
  const logger = createLogger('silent');
  const metrics = createGraderMetrics();
  const breaker = createSandboxBreaker({ errorPercent: 50, volume: 5, resetMs: 10_000 });
  const grading = createGradingService({ sql: deps.sql, redis: deps.redis, execution: createExecutionService({ sandbox }), breaker, metrics, logger });
  const worker = startGradingWorker({ grading, redisUrl: requireEnv('REDIS_URL'), concurrency: 1, lockMs: 5_000, logger, queue: deps.queue });
  return {
    async stop() {
      await worker.close();
      await sandbox.close();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

describe('a grading whose every attempt meets a failing sandbox', () => {
  const sql = postgres(requireEnv('DATABASE_URL'), { max: 2, onnotice: () => {}, transform: postgres.camel });
  const redis = new Redis(requireEnv('REDIS_URL'));
  const queueName = `grading-poisoned-${randomBytes(4).toString('hex')}`;
  const queue = new Queue(queueName, { connection: { url: requireEnv('REDIS_URL') } });
  after(async () => {
    await queue.obliterate({ force: true });
    await queue.close();
    await Promise.all([sql.end(), redis.quit()]);
  });

  it('ends as internal_error after its attempts, on whichever graders took it, instead of going round the queue for ever', { timeout: 90_000 }, async () => {
    const [assignment] = await sql<{ id: string; version: number }[]>`select id, version from assignments where slug = 'add-two-numbers'`;
    assert.ok(assignment, 'the stack seeded the catalogue');
    const code = `print(sum(map(int, input().split())))  # ${randomBytes(8).toString('hex')}\n`;
    const [grading] = await sql<{ id: string }[]>`
      insert into gradings (assignment_id, assignment_version, language, code_sha256, code)
      values (${assignment.id}, ${assignment.version}, 'python', sha256(convert_to(${code}, 'UTF8')), ${code})
      returning id`;
    assert.ok(grading);
    const graders = await Promise.all(['a', 'b'].map((name) => startBrokenGrader(name, { sql, redis, queue: queueName })));
    try {
      await queue.add('grade', { gradingId: grading.id }, { jobId: grading.id, attempts: 3, backoff: { type: 'fixed', delay: 200 } });
      let row: { status: string; verdict: string | null; attempts: number } | undefined;
      for (let i = 0; i < 600 && row?.status !== 'done'; i++) {
        await sleep(100);
        [row] = await sql<{ status: string; verdict: string | null; attempts: number }[]>`select status, verdict, attempts from gradings where id = ${grading.id}`;
      }
      assert.deepEqual(row, { status: 'done', verdict: 'internal_error', attempts: 3 });
      const job = await queue.getJob(grading.id);
      assert.equal(await job?.getState(), 'failed', 'the job ended; nothing is left to retry it');
    } finally {
      await Promise.all(graders.map((grader) => grader.stop()));
    }
  });
});
