import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { Sql } from '../db.ts';
import type { Logger } from '../logger.ts';
import { findOverdue } from './battle-play.repo.ts';

export const DEADLINE_QUEUE = 'battle-deadlines';

/**
 * Battle deadlines live in Redis, not in a process: starting a battle adds a delayed BullMQ job
 * (jobId = battle id, so a repeated add is a no-op) and every instance runs a worker, so
 * whichever is alive at `endsAt` ends the battle. Should the add itself have failed, a sweep
 * of Postgres on every instance ends overdue battles a few seconds late instead of never.
 */
export function createBattleDeadlines(deps: {
  redisUrl: string;
  prefix: string;
  sql: Sql;
  logger: Logger;
  sweepIntervalMs: number;
  end(battleId: string, reason: 'deadline' | 'overdue'): Promise<unknown>;
}) {
  const prefix = `${deps.prefix}:bull`;
  // Producers fail fast while Redis is away; the worker waits for it (BullMQ's advice).
  const queue = new Queue(DEADLINE_QUEUE, { prefix, connection: new Redis(deps.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) });
  queue.on('error', () => {});
  const worker = new Worker<{ battleId: string }>(DEADLINE_QUEUE, async (job) => void (await deps.end(job.data.battleId, 'deadline')), {
    prefix,
    connection: new Redis(deps.redisUrl, { maxRetriesPerRequest: null }),
    concurrency: 20,
    // When the instance whose worker took the new-job marker dies, the others notice the
    // delayed job at their next blocking timeout: 1 s instead of BullMQ's 5 bounds how late.
    drainDelay: 1,
  });
  worker.on('error', (error) => deps.logger.warn({ err: error.message }, 'battle deadline worker error'));
  worker.on('failed', (job, error) => deps.logger.warn({ battleId: job?.data.battleId, err: error.message }, 'ending a battle at its deadline failed; retrying'));

  const sweep = setInterval(() => {
    findOverdue(deps.sql, 2)
      .then((ids) => Promise.all(ids.map((id) => deps.end(id, 'overdue'))))
      .catch((error: unknown) => deps.logger.warn({ err: error }, 'overdue battle sweep failed'));
  }, deps.sweepIntervalMs);
  sweep.unref();

  return {
    async schedule(battleId: string, endsAt: Date): Promise<void> {
      await queue.add('end', { battleId }, {
        jobId: battleId,
        delay: Math.max(0, endsAt.getTime() - Date.now()),
        attempts: 10,
        backoff: { type: 'exponential', delay: 500 },
        removeOnComplete: true,
        removeOnFail: 1000,
      });
    },
    async cancel(battleId: string): Promise<void> {
      await queue.remove(battleId);
    },
    async close(): Promise<void> {
      clearInterval(sweep);
      await Promise.allSettled([worker.close(), queue.close()]);
    },
  };
}

export type BattleDeadlines = ReturnType<typeof createBattleDeadlines>;
