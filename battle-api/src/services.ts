import { createHealthService } from '@eduscale/server-kit/deps';
import type { AppDependencies } from './app.ts';
import { createSessionService } from './accounts/session.service.ts';
import { createBattleLock } from './challenges/battle-lock.ts';
import { createBattleStart } from './challenges/battle-start.ts';
import { createChallengeService } from './challenges/challenges.service.ts';
import { createBattleTimers } from './clock/battle-timers.ts';
import { createMatchmakingQueue } from './matchmaking/matchmaking.queue.ts';
import { createMatchmakingService } from './matchmaking/matchmaking.service.ts';
import { createMetrics } from './metrics.ts';
import { createBattleSubmissions } from './play/battle-submissions.service.ts';
import { createBattles } from './play/battles.ts';
import { createGradingEvents } from './play/grading-events.ts';
import { createPlayService } from './play/play.service.ts';
import { createProgrammingApiClient } from './play/programming-api.client.ts';
import { createOnlinePlayers } from './presence/online-players.ts';
import { createPresence } from './presence/presence.ts';
import { createBattleEnder } from './results/battle-end.service.ts';
import { createGradingResults } from './results/grading-results.ts';
import { createRatingLeaderboard } from './results/leaderboard.ts';
import { socketBroadcaster } from './sockets/broadcaster.ts';
import type { BattleServer } from './sockets/socket-server.ts';

/**
 * Every feature's service, each built from the clients and the services it needs, in that
 * order. The background loops that drive them are workers.ts'.
 */
export function createServices({ config, sql, redis, subscriber, logger, io }: AppDependencies & { io: BattleServer }) {
  const { redisPrefix: prefix, battles: settings } = config;
  const metrics = createMetrics();
  const broadcaster = socketBroadcaster(io);
  const presence = createPresence({ redis, prefix, ttlMs: settings.presenceTtlMs });
  const timers = createBattleTimers({ redisUrl: config.redisUrl, prefix, forfeitGraceMs: settings.forfeitGraceMs });
  const battles = createBattles({ sql, presence });
  const leaderboard = createRatingLeaderboard({ sql, redis, prefix });
  const ender = createBattleEnder({ sql, leaderboard, broadcaster, stateOf: battles.stateOf, cancelDeadline: timers.cancelDeadline, metrics, logger });
  const results = createGradingResults({ sql, ender, broadcaster, stateOf: battles.stateOf, logger });
  const startOnce = createBattleStart({
    sql,
    battles,
    withBattleLock: createBattleLock({ redis, prefix, ttlMs: settings.lockTtlMs, waitMs: settings.lockWaitMs, metrics, logger }),
    broadcaster,
    scheduleDeadline: timers.scheduleDeadline,
    metrics,
    startDelayMs: settings.startDelayMs,
  });
  const challenges = createChallengeService({ sql, battles, startOnce, broadcaster, metrics, durationSeconds: settings.durationSeconds });
  const play = createPlayService({ sql, battles, challenges, presence, timers, broadcaster, metrics });
  const submissions = createBattleSubmissions({
    sql,
    battles,
    programming: createProgrammingApiClient({ baseUrl: config.programmingApi.url, publicOrigin: config.publicOrigin, timeoutMs: config.programmingApi.timeoutMs }),
    gradingEvents: createGradingEvents({ subscriber, logger }),
    results,
    broadcaster,
    logger,
  });
  const matchmakingQueue = createMatchmakingQueue({ redis, prefix });
  metrics.sources.connectedSockets = () => io.engine?.clientsCount ?? 0;
  metrics.sources.activeBattles = () => battles.countRunning();

  return {
    metrics,
    broadcaster,
    sessions: createSessionService({ sql }),
    health: createHealthService({ sql, redis }),
    presence,
    online: createOnlinePlayers({ sql, presence }),
    timers,
    battles,
    leaderboard,
    ender,
    results,
    challenges,
    play,
    submissions,
    matchmakingQueue,
    matchmaking: createMatchmakingService({ sql, queue: matchmakingQueue }),
    /** What outlives the workers: the timer queue's connection. */
    close: () => timers.close(),
  };
}

export type Services = ReturnType<typeof createServices>;
