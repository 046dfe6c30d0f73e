import { Hono } from 'hono';
import { loadSession, type SessionEnv } from '@eduscale/server-kit/sessions';
import type { Redis, Sql } from '@eduscale/server-kit/deps';
import { csrfProtection, handleError, handleNotFound, requestContext } from '@eduscale/server-kit/http';
import { challengeRoutes } from './challenges/challenges.routes.ts';
import type { Config } from './config.ts';
import { healthRoutes } from './health/health.routes.ts';
import type { Logger } from './logger.ts';
import { matchmakingRoutes } from './matchmaking/matchmaking.routes.ts';
import { registerBattleHandlers } from './play/battle.sockets.ts';
import { playRoutes } from './play/play.routes.ts';
import { testHookRoutes } from './play/test-hooks.routes.ts';
import { presenceRoutes } from './presence/presence.routes.ts';
import { leaderboardRoutes } from './results/leaderboard.routes.ts';
import { createServices } from './services.ts';
import { socketAuth } from './sockets/socket-auth.ts';
import { createSocketServer } from './sockets/socket-server.ts';

export interface AppDependencies {
  config: Config;
  sql: Sql;
  /** Commands: locks, presence, queues, boards, health. */
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
 * attaches `io` to the same Node HTTP server that serves `app`, and starts the workers.
 */
export function createApp(deps: AppDependencies) {
  const { config, logger } = deps;
  const io = createSocketServer({ pub: deps.pub, sub: deps.sub, prefix: config.redisPrefix });
  const services = createServices({ ...deps, io });
  io.use(socketAuth({ sessions: services.sessions, publicOrigin: config.publicOrigin }));
  const sockets = registerBattleHandlers({ io, play: services.play, sessions: services.sessions, logger });

  const api = new Hono<SessionEnv>()
    .use(csrfProtection({ publicOrigin: config.publicOrigin }))
    .route('/health', healthRoutes(services))
    .use(loadSession(services.sessions))
    .route('/battles', challengeRoutes(services))
    .route('/battles', playRoutes(services))
    .route('/battles/online', presenceRoutes(services))
    .route('/battles/queue', matchmakingRoutes(services))
    .route('/battles/leaderboard', leaderboardRoutes(services));

  const app = new Hono<SessionEnv>()
    .use(requestContext({ logger, proxy: { enabled: config.trustProxy, ranges: config.trustedProxies } }))
    .use(services.metrics.middleware)
    .get('/metrics', async (c) => c.text(await services.metrics.registry.metrics(), 200, { 'content-type': services.metrics.registry.contentType }))
    .route('/health', healthRoutes(services))
    .route('/api', api);
  if (config.battles.testHooks) app.route('/internal/battles', testHookRoutes(services));
  app.onError(handleError);
  app.notFound(handleNotFound);
  return { app, io, sockets, services };
}

export type App = ReturnType<typeof createApp>['app'];
