import { GraderHeartbeat } from '@eduscale/contracts';
import type { Redis, Sql } from '@eduscale/server-kit/deps';
import type { Logger } from '../logger.ts';
import * as repo from './clock.repo.ts';

export interface GradingWatchDeps {
  redis: Redis;
  sql: Sql;
  logger: Logger;
  /** The graders' heartbeat hash (GRADER_HEARTBEAT_KEY). */
  heartbeatKey: string;
  /** A heartbeat older than this is a grader gone. */
  staleMs: number;
  intervalMs: number;
  /** Past this long paused, a battle is called off as a draw. */
  maxPauseSeconds: number;
  scheduleDeadline(battleId: string, endsAt: Date): Promise<void>;
  cancelDeadline(battleId: string): Promise<void>;
  callOff(battleId: string): Promise<unknown>;
  changed(battleId: string): Promise<void>;
}

/** Some grader is alive and its sandbox breaker is not open. */
export async function gradingAvailable(redis: Redis, heartbeatKey: string, staleMs: number): Promise<boolean> {
  const heartbeats = Object.values(await redis.hgetall(heartbeatKey));
  const freshSince = Date.now() - staleMs;
  return heartbeats.some((raw) => {
    const parsed = GraderHeartbeat.safeParse(parseJson(raw));
    return parsed.success && parsed.data.at >= freshSince && parsed.data.breaker !== 'open';
  });
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/**
 * Battles never hang on grading: while no grader can grade, every instance's watch stops the
 * clocks of running battles (their deadline jobs are removed), restarts them with the lost
 * time added once grading is back, and calls off as a draw a battle paused past the longest
 * pause. The conditional updates make each pause, resume and call-off happen once, whichever
 * instance gets there first.
 */
export function startGradingWatch(deps: GradingWatchDeps) {
  let available: boolean | undefined;

  async function round(): Promise<void> {
    let now: boolean;
    try {
      now = await gradingAvailable(deps.redis, deps.heartbeatKey, deps.staleMs);
    } catch {
      return; // Redis away: grading's state is unknown, so nothing changes
    }
    if (now !== available) deps.logger[now ? 'info' : 'warn']({ available: now }, now ? 'grading is available' : 'grading is unavailable: pausing battles');
    available = now;
    if (now) {
      for (const resumed of await repo.resumePaused(deps.sql)) {
        await deps.scheduleDeadline(resumed.id, resumed.endsAt).catch(() => {}); // the sweep backs it up
        await deps.changed(resumed.id);
      }
      return;
    }
    for (const paused of await repo.pauseRunning(deps.sql)) {
      await deps.cancelDeadline(paused).catch(() => {}); // a deadline that fires anyway finds the clock paused
      await deps.changed(paused);
    }
    for (const overlong of await repo.findPausedLongerThan(deps.sql, deps.maxPauseSeconds)) await deps.callOff(overlong);
  }

  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    round()
      .catch((error: unknown) => deps.logger.warn({ err: error }, 'grading watch round failed'))
      .finally(() => (running = false));
  }, deps.intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
