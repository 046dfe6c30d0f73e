import { setTimeout as sleep } from 'node:timers/promises';
import Redlock, { type Lock } from 'redlock';
import type { Redis } from '@eduscale/server-kit/deps';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';

export interface BattleLockOptions {
  redis: Redis;
  prefix: string;
  ttlMs: number;
  /** How long to keep retrying while another holder has the lock. */
  waitMs: number;
  metrics: Metrics;
  logger: Logger;
}

const RETRY_DELAY_MS = 50;

/**
 * Per-battle exclusion across instances: `locks:battle:<id>` (under the Redis prefix), taken
 * with a TTL and extended every half TTL for as long as the work runs, so a slow handler keeps
 * it and a dead one loses it within a TTL. `undefined` means "not acquired in time": the caller
 * treats the battle as busy elsewhere. The work gets a signal that aborts if an extension fails;
 * the database guard still decides, so a lost lock can cost a retry, never a second start.
 */
export function createBattleLock(options: BattleLockOptions) {
  // One attempt per call: redlock 5 dates a lock's expiry from its first attempt, so a lock
  // won after retries would look expired already and could not be extended; we retry here.
  const once = { retryCount: 0 };
  const redlock = new Redlock([options.redis], { ...once, automaticExtensionThreshold: 0 });
  // Redlock reports each failed attempt here too; a busy lock is expected.
  redlock.on('error', () => {});
  const resource = (battleId: string) => `${options.prefix}:locks:battle:${battleId}`;

  async function acquire(battleId: string): Promise<Lock | undefined> {
    const deadline = Date.now() + options.waitMs;
    for (;;) {
      try {
        return await redlock.acquire([resource(battleId)], options.ttlMs, once);
      } catch (error) {
        if (Date.now() >= deadline) {
          options.logger.debug({ battleId, err: (error as Error).message }, 'battle lock not acquired');
          return undefined;
        }
        await sleep(RETRY_DELAY_MS + Math.random() * RETRY_DELAY_MS);
      }
    }
  }

  return async function withBattleLock<T>(battleId: string, work: (signal: AbortSignal) => Promise<T>): Promise<{ value: T } | undefined> {
    const acquired = await acquire(battleId);
    if (!acquired) {
      options.metrics.lockFailures.inc({ stage: 'acquire' });
      return undefined;
    }
    let lock = acquired;
    const lost = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    let done = false;
    const scheduleExtension = () => {
      timer = setTimeout(async () => {
        try {
          lock = await redlock.extend(lock, options.ttlMs, once);
          options.metrics.lockExtensions.inc();
          if (!done) scheduleExtension();
        } catch (error) {
          if (done) return; // released while this extension was in flight
          options.metrics.lockFailures.inc({ stage: 'extend' });
          options.logger.warn({ battleId, err: (error as Error).message }, 'battle lock lost while held');
          lost.abort(error);
        }
      }, options.ttlMs / 2);
    };
    scheduleExtension();
    try {
      return { value: await work(lost.signal) };
    } finally {
      done = true;
      clearTimeout(timer);
      // Not awaited: a release that fails changes nothing, the lock expires within its TTL.
      redlock.release(lock, once).catch(() => {});
    }
  };
}

export type WithBattleLock = ReturnType<typeof createBattleLock>;
