import { Worker } from 'bullmq';
import { connectRedis, type Sql } from '@eduscale/server-kit/deps';
import type { Logger } from '../logger.ts';
import type { Presence } from '../presence/presence.ts';
import type { BattleEnder } from '../results/battle-end.service.ts';
import { TIMER_QUEUE, timerQueuePrefix, type BattleTimers, type TimerJob } from './battle-timers.ts';
import * as repo from './clock.repo.ts';

/**
 * Every instance runs one: whichever is alive when a battle's timer fires ends the battle at
 * its deadline, or forfeits a player still away after the grace period. Two sweeps of its own
 * back the timers up: battles whose deadline was never added (Redis away at the start) end a
 * few seconds late instead of never, and players whose socket went with a dead instance (no
 * disconnect was ever handled for them) get their forfeit clock.
 */
export function startTimerWorker(deps: {
  redisUrl: string;
  prefix: string;
  sql: Sql;
  logger: Logger;
  sweepIntervalMs: number;
  timers: Pick<BattleTimers, 'startForfeitClock'>;
  presence: Pick<Presence, 'connectedIn' | 'lost'>;
  ender: Pick<BattleEnder, 'end' | 'forfeit'>;
}) {
  const { ender, presence } = deps;
  const connection = connectRedis(deps.redisUrl, { maxRetriesPerRequest: null });
  const worker = new Worker(
    TIMER_QUEUE,
    async (job) => {
      const timer = { name: job.name, data: job.data } as TimerJob;
      if (timer.name === 'deadline') {
        await ender.end(timer.data.battleId, 'deadline');
      } else if (!(await presence.connectedIn(timer.data.battleId, [timer.data.userId])).has(timer.data.userId)) {
        await ender.forfeit(timer.data.battleId, timer.data.userId); // still away: not back in time
      }
    },
    {
      prefix: timerQueuePrefix(deps.prefix),
      connection,
      concurrency: 20,
      // When the instance whose worker took the new-job marker dies, the others notice the
      // delayed job at their next blocking timeout: 1 s instead of BullMQ's 5 bounds how late.
      drainDelay: 1,
    },
  );
  worker.on('error', (error) => deps.logger.warn({ err: error.message }, 'battle timer worker error'));
  worker.on('failed', (job, error) => deps.logger.warn({ job: job?.name, data: job?.data, err: error.message }, 'a battle timer failed; retrying'));

  const sweep = setInterval(() => {
    repo
      .findOverdue(deps.sql, 2)
      .then((ids) => Promise.all(ids.map((id) => ender.end(id, 'overdue'))))
      .catch((error: unknown) => deps.logger.warn({ err: error }, 'overdue battle sweep failed'));
    repo
      .findActivePlayers(deps.sql)
      .then((players) => presence.lost(players))
      .then((lost) => Promise.all(lost.map((player) => deps.timers.startForfeitClock(player.battleId, player.userId))))
      .catch((error: unknown) => deps.logger.warn({ err: error }, 'lost player sweep failed'));
  }, deps.sweepIntervalMs);
  sweep.unref();

  return {
    async stop(): Promise<void> {
      clearInterval(sweep);
      await worker.close();
      connection.disconnect(); // a connection handed to BullMQ is ours to close
    },
  };
}
