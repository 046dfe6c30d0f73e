import { createAdapter } from '@socket.io/redis-adapter';
import { Hono } from 'hono';
import { Server } from 'socket.io';
import { loadSession, type SessionEnv } from '@eduscale/server-kit/sessions';
import { createHealthService, type Redis, type Sql } from '@eduscale/server-kit/deps';
import { csrfProtection, handleError, handleNotFound, requestContext } from '@eduscale/server-kit/http';
import { createSessionService } from './accounts/session.service.ts';
import { createBattleEnder, type BattleEnder } from './battles/battle-end.service.ts';
import { createBattleLock } from './battles/battle-lock.ts';
import { createBattleTimers } from './battles/battle-timers.ts';
import { createBattlePlay } from './battles/battle-play.service.ts';
import { registerBattleHandlers, socketAuth, socketBroadcaster, socketMatchNotifier, type BattleServer } from './battles/battle.sockets.ts';
import { battleRoutes } from './battles/battles.routes.ts';
import { createBattleService, type BattleService } from './battles/battles.service.ts';
import { createGradingEvents } from './battles/grading-events.ts';
import { startGradingWatch } from './battles/grading-watch.ts';
import { startSessionWatch } from './battles/session-watch.ts';
import { createProgrammingApiClient } from './battles/programming-api.client.ts';
import { testHookRoutes } from './battles/test-hooks.routes.ts';
import type { Config } from './config.ts';
import { healthRoutes } from './health/health.routes.ts';
import type { Logger } from './logger.ts';
import { startMatcher } from './matchmaking/matcher.ts';
import { createMatchmakingQueue } from './matchmaking/matchmaking.queue.ts';
import { matchmakingRoutes } from './matchmaking/matchmaking.routes.ts';
import { createMatchmakingService } from './matchmaking/matchmaking.service.ts';
import { createMetrics } from './metrics.ts';
import { createPresence } from './presence/presence.ts';
import { startPubSubProbe } from './pubsub-probe.ts';
import { createRatingLeaderboard } from './ratings/leaderboard.ts';
import { leaderboardRoutes } from './ratings/leaderboard.routes.ts';

export interface AppDependencies {
  config: Config;
  sql: Sql;
  /** Commands: locks, health. */
  redis: Redis;
  /** The Socket.IO adapter's publisher and subscriber (a duplicate of it). */
  pub: Redis;
  sub: Redis;
  /** Subscribed to the unprefixed channels others publish on: graders' events (gradingChannel), sessions ending (SESSION_ENDED_CHANNEL). */
  subscriber: Redis;
  logger: Logger;
}

/**
 * Builds the HTTP app and the Socket.IO server from the dependencies it is given; main.ts
 * attaches `io` to the same Node HTTP server that serves `app`.
 */
export function createApp({ config, sql, redis, pub, sub, subscriber, logger }: AppDependencies) {
  const metrics = createMetrics();
  const io: BattleServer = new Server({ path: '/socket.io/', serveClient: false });
  io.adapter(createAdapter(pub, sub, { key: `${config.redisPrefix}:socket.io` }));

  const sessions = createSessionService({ sql });
  const withBattleLock = createBattleLock({ redis, prefix: config.redisPrefix, ttlMs: config.battles.lockTtlMs, waitMs: config.battles.lockWaitMs, metrics, logger });
  const broadcaster = socketBroadcaster(io);
  const leaderboard = createRatingLeaderboard({ sql, redis, prefix: config.redisPrefix });
  const presence = createPresence({ redis, prefix: config.redisPrefix, ttlMs: config.battles.presenceTtlMs });
  // The timers act through `ender` and `battles`, which need the timers themselves: bound once built.
  const late: { ender?: BattleEnder; battles?: BattleService } = {};
  const ender = () => {
    if (!late.ender) throw new Error('battle-api is still starting');
    return late.ender;
  };
  const timers = createBattleTimers({
    redisUrl: config.redisUrl,
    prefix: config.redisPrefix,
    sql,
    logger,
    sweepIntervalMs: config.battles.sweepIntervalMs,
    forfeitGraceMs: config.battles.forfeitGraceMs,
    end: (battleId, reason) => ender().end(battleId, reason),
    forfeit: async (battleId, userId) => {
      if ((await presence.connectedIn(battleId, [userId])).has(userId)) return; // back in time
      return ender().forfeit(battleId, userId);
    },
    findLost: () => late.battles?.findLost() ?? Promise.resolve([]),
  });
  const battles = createBattleService({
    sql,
    withBattleLock,
    broadcaster,
    presence,
    scheduleDeadline: timers.scheduleDeadline,
    scheduleForfeit: timers.scheduleForfeit,
    cancelForfeit: timers.cancelForfeit,
    metrics,
    durationSeconds: config.battles.durationSeconds,
    startDelayMs: config.battles.startDelayMs,
  });
  late.battles = battles;
  late.ender = createBattleEnder({ sql, leaderboard, broadcast: broadcaster, stateOf: battles.stateOf, cancelDeadline: timers.cancelDeadline, metrics, logger });
  const play = createBattlePlay({
    sql,
    programming: createProgrammingApiClient({ baseUrl: config.programmingApi.url, publicOrigin: config.publicOrigin, timeoutMs: config.programmingApi.timeoutMs }),
    gradingEvents: createGradingEvents({ subscriber, logger }),
    ender: late.ender,
    broadcast: broadcaster,
    stateOf: battles.stateOf,
    logger,
  });
  const resultSweep = play.startResultSweep(config.battles.sweepIntervalMs);
  const gradingWatch = startGradingWatch({
    redis,
    sql,
    logger,
    ...config.gradingWatch,
    scheduleDeadline: timers.scheduleDeadline,
    cancelDeadline: timers.cancelDeadline,
    callOff: (battleId) => ender().end(battleId, 'grading_unavailable'),
    changed: async (battleId) => broadcaster.state(await battles.stateOf(battleId)),
  });
  const health = createHealthService({ sql, redis });
  const queue = createMatchmakingQueue({ redis, prefix: config.redisPrefix });
  const matchmaking = createMatchmakingService({ sql, queue });
  const matcher = startMatcher({
    queue,
    rules: config.matchmaking.rules,
    intervalMs: config.matchmaking.intervalMs,
    makeBattle: battles.createMatched,
    notify: socketMatchNotifier(io),
    metrics,
    logger,
  });

  io.use(socketAuth({ sessions, publicOrigin: config.publicOrigin }));
  const handlers = registerBattleHandlers({ io, battles, sessions, presence, presenceTtlMs: config.battles.presenceTtlMs, logger });
  // Sessions are re-checked as often as presence is refreshed.
  const sessionWatch = startSessionWatch({ io, subscriber, sessions, intervalMs: config.battles.presenceTtlMs / 3, logger });
  metrics.sources.connectedSockets = () => io.engine?.clientsCount ?? 0;
  metrics.sources.activeBattles = () => battles.countRunning();
  const probe = startPubSubProbe({ pub, sub, prefix: config.redisPrefix, intervalMs: config.redisProbeIntervalMs, metrics, logger });

  const api = new Hono<SessionEnv>()
    .use(csrfProtection({ publicOrigin: config.publicOrigin }))
    .route('/', healthRoutes({ health }))
    .use(loadSession(sessions))
    .route('/', leaderboardRoutes({ leaderboard }))
    .route('/', matchmakingRoutes({ matchmaking }))
    .route('/', battleRoutes({ battles, play }));

  const app = new Hono<SessionEnv>()
    .use(requestContext({ logger, proxy: { enabled: config.trustProxy, ranges: config.trustedProxies } }))
    .use(metrics.middleware)
    .get('/metrics', async (c) => c.text(await metrics.registry.metrics(), 200, { 'content-type': metrics.registry.contentType }))
    .route('/', healthRoutes({ health }))
    .route('/api', api);
  if (config.battles.testHooks) app.route('/', testHookRoutes({ battles }));
  app.onError(handleError);
  app.notFound(handleNotFound);
  return {
    app,
    io,
    battles,
    stop: async () => {
      probe.stop();
      matcher.stop();
      gradingWatch.stop();
      resultSweep.stop();
      handlers.stop();
      sessionWatch.stop();
      await timers.close();
    },
  };
}
