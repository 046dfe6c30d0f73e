import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { Sql } from '@eduscale/server-kit/deps';
import type { Logger } from '../logger.ts';
import { findOverdue } from './battle-play.repo.ts';

export const TIMER_QUEUE = 'battle-timers';

type TimerJob = { name: 'deadline'; data: { battleId: string } } | { name: 'forfeit'; data: { battleId: string; userId: string } };

// BullMQ job ids may not contain ':'.
const forfeitJobId = (battleId: string, userId: string) => `forfeit-${battleId}-${userId}`;

/**
 * A battle's timers live in Redis, not in a process: a deadline (jobId = battle id, so a
 * repeated add is a no-op) and, per disconnected player, a forfeit after the grace period
 * (started on the disconnect, or by the sweep for players whose instance died with their socket).
 * Every instance runs a worker, so whichever is alive when a timer fires acts on it. Should
 * adding a deadline have failed, a sweep of Postgres on every instance ends overdue battles a
 * few seconds late instead of never.
 */
export function createBattleTimers(deps: {
  redisUrl: string;
  prefix: string;
  sql: Sql;
  logger: Logger;
  sweepIntervalMs: number;
  forfeitGraceMs: number;
  end(battleId: string, reason: 'deadline' | 'overdue'): Promise<unknown>;
  forfeit(battleId: string, userId: string): Promise<unknown>;
  /** Players whose socket went with a dead instance (no disconnect was ever handled for them). */
  findLost(): Promise<{ battleId: string; userId: string }[]>;
}) {
  const prefix = `${deps.prefix}:bull`;
  // Producers fail fast while Redis is away; the worker waits for it (BullMQ's advice).
  const queue = new Queue(TIMER_QUEUE, { prefix, connection: new Redis(deps.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) });
  queue.on('error', () => {});
  const worker = new Worker(
    TIMER_QUEUE,
    async (job) => {
      const timer = { name: job.name, data: job.data } as TimerJob;
      if (timer.name === 'forfeit') await deps.forfeit(timer.data.battleId, timer.data.userId);
      else await deps.end(timer.data.battleId, 'deadline');
    },
    {
      prefix,
      connection: new Redis(deps.redisUrl, { maxRetriesPerRequest: null }),
      concurrency: 20,
      // When the instance whose worker took the new-job marker dies, the others notice the
      // delayed job at their next blocking timeout: 1 s instead of BullMQ's 5 bounds how late.
      drainDelay: 1,
    },
  );
  worker.on('error', (error) => deps.logger.warn({ err: error.message }, 'battle timer worker error'));
  worker.on('failed', (job, error) => deps.logger.warn({ job: job?.name, data: job?.data, err: error.message }, 'a battle timer failed; retrying'));

  const retried = { attempts: 10, backoff: { type: 'exponential', delay: 500 }, removeOnComplete: true, removeOnFail: 1000 } as const;
  /** A forfeit clock for the player unless one is running already (an add with a used job id is a no-op). */
  const startForfeitClock = (battleId: string, userId: string) =>
    queue.add('forfeit', { battleId, userId }, { ...retried, jobId: forfeitJobId(battleId, userId), delay: deps.forfeitGraceMs });

  const sweep = setInterval(() => {
    findOverdue(deps.sql, 2)
      .then((ids) => Promise.all(ids.map((id) => deps.end(id, 'overdue'))))
      .catch((error: unknown) => deps.logger.warn({ err: error }, 'overdue battle sweep failed'));
    deps
      .findLost()
      .then((lost) => Promise.all(lost.map((player) => startForfeitClock(player.battleId, player.userId))))
      .catch((error: unknown) => deps.logger.warn({ err: error }, 'lost player sweep failed'));
  }, deps.sweepIntervalMs);
  sweep.unref();

  return {
    async scheduleDeadline(battleId: string, endsAt: Date): Promise<void> {
      await queue.add('deadline', { battleId }, { ...retried, jobId: battleId, delay: Math.max(0, endsAt.getTime() - Date.now()) });
    },
    async cancelDeadline(battleId: string): Promise<void> {
      await queue.remove(battleId);
    },
    /** The job re-checks presence when it fires, so a cancel that fails only costs a no-op. */
    async scheduleForfeit(battleId: string, userId: string): Promise<void> {
      await queue.remove(forfeitJobId(battleId, userId)); // a fresh grace period for every disconnect
      await startForfeitClock(battleId, userId);
    },
    async cancelForfeit(battleId: string, userId: string): Promise<void> {
      await queue.remove(forfeitJobId(battleId, userId));
    },
    async close(): Promise<void> {
      clearInterval(sweep);
      await Promise.allSettled([worker.close(), queue.close()]);
    },
  };
}

export type BattleTimers = ReturnType<typeof createBattleTimers>;
