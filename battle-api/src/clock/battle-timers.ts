import { Queue } from 'bullmq';
import { connectRedis } from '@eduscale/server-kit/deps';

export const TIMER_QUEUE = 'battle-timers';

export type TimerJob = { name: 'deadline'; data: { battleId: string } } | { name: 'forfeit'; data: { battleId: string; userId: string } };

/** Where BullMQ keeps the timers, under battle-api's Redis prefix. */
export const timerQueuePrefix = (redisPrefix: string) => `${redisPrefix}:bull`;

// BullMQ job ids may not contain ':'.
const forfeitJobId = (battleId: string, userId: string) => `forfeit-${battleId}-${userId}`;

/**
 * A battle's timers live in Redis, not in a process: a deadline (jobId = battle id, so a
 * repeated add is a no-op) and, per disconnected player, a forfeit after the grace period.
 * Every instance's timer worker (timer-worker.ts) takes them, so whichever is alive when a
 * timer fires acts on it.
 */
export function createBattleTimers(deps: { redisUrl: string; prefix: string; forfeitGraceMs: number }) {
  // Producers fail fast while Redis is away; the worker waits for it (BullMQ's advice).
  const connection = connectRedis(deps.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  const queue = new Queue(TIMER_QUEUE, { prefix: timerQueuePrefix(deps.prefix), connection });
  queue.on('error', () => {});
  const retried = { attempts: 10, backoff: { type: 'exponential', delay: 500 }, removeOnComplete: true, removeOnFail: 1000 } as const;
  /** A forfeit clock for the player unless one is running already (an add with a used job id is a no-op). */
  const startForfeitClock = async (battleId: string, userId: string): Promise<void> => {
    await queue.add('forfeit', { battleId, userId }, { ...retried, jobId: forfeitJobId(battleId, userId), delay: deps.forfeitGraceMs });
  };

  return {
    async scheduleDeadline(battleId: string, endsAt: Date): Promise<void> {
      await queue.add('deadline', { battleId }, { ...retried, jobId: battleId, delay: Math.max(0, endsAt.getTime() - Date.now()) });
    },
    async cancelDeadline(battleId: string): Promise<void> {
      await queue.remove(battleId);
    },
    /** A fresh grace period for every disconnect; the job re-checks presence when it fires, so a cancel that fails only costs a no-op. */
    async scheduleForfeit(battleId: string, userId: string): Promise<void> {
      await queue.remove(forfeitJobId(battleId, userId));
      await startForfeitClock(battleId, userId);
    },
    startForfeitClock,
    async cancelForfeit(battleId: string, userId: string): Promise<void> {
      await queue.remove(forfeitJobId(battleId, userId));
    },
    async close(): Promise<void> {
      await queue.close();
      connection.disconnect(); // a connection handed to BullMQ is ours to close
    },
  };
}

export type BattleTimers = ReturnType<typeof createBattleTimers>;
