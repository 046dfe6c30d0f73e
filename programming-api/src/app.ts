import { Hono } from 'hono';
import { createAuthService } from './accounts/auth.service.ts';
import { authRoutes } from './accounts/auth.routes.ts';
import { createAuthRateLimits } from './accounts/rate-limits.ts';
import { loadSession } from './accounts/session.middleware.ts';
import { createSessionService } from './accounts/session.service.ts';
import { assignmentRoutes } from './catalogue/assignments.routes.ts';
import { createAssignmentService } from './catalogue/assignments.service.ts';
import type { Config } from './config.ts';
import type { Sql } from './db.ts';
import { healthRoutes } from './health/health.routes.ts';
import { createHealthService } from './health/health.service.ts';
import { csrfProtection } from './http/csrf.ts';
import { handleError, handleNotFound } from './http/error-handler.ts';
import { createHttpMetrics } from './http/metrics.ts';
import { requestContext, type AppEnv } from './http/request-context.ts';
import type { Logger } from './logger.ts';
import { openApiRoutes } from './openapi/openapi.routes.ts';
import type { Redis } from './redis.ts';

export interface AppDependencies {
  config: Config;
  sql: Sql;
  redis: Redis;
  logger: Logger;
}

/** Builds the API from the dependencies it is given: main.ts passes the real ones, tests their own. */
export function createApp({ config, sql, redis, logger }: AppDependencies) {
  const metrics = createHttpMetrics();
  const sessions = createSessionService({ sql, ttlDays: config.session.ttlDays });
  const auth = createAuthService({ sql, sessions, rateLimits: createAuthRateLimits(redis, config.rateLimits) });
  const assignments = createAssignmentService({ sql });
  const health = createHealthService({ sql, redis });

  const api = new Hono<AppEnv>()
    .use(csrfProtection({ publicOrigin: config.publicOrigin }))
    .route('/', healthRoutes({ health }))
    .route('/', openApiRoutes())
    .route('/', assignmentRoutes({ assignments }))
    .use(loadSession(sessions))
    .route('/', authRoutes({ auth, cookieSecure: config.session.cookieSecure, sessionTtlSeconds: sessions.ttlSeconds, publicOrigin: config.publicOrigin }));

  const app = new Hono<AppEnv>()
    .use(requestContext({ logger, trustProxy: config.trustProxy }))
    .use(metrics.middleware)
    .get('/metrics', async (c) => c.text(await metrics.registry.metrics(), 200, { 'content-type': metrics.registry.contentType }))
    .route('/api', api);
  app.onError(handleError);
  app.notFound(handleNotFound);
  return app;
}

export type App = ReturnType<typeof createApp>;
