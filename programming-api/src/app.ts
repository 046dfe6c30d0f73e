import { Hono } from 'hono';
import { loadSession, type SessionEnv } from '@eduscale/server-kit/sessions';
import { createHealthService, type Redis, type Sql } from '@eduscale/server-kit/deps';
import { createHttpMetrics, csrfProtection, handleError, handleNotFound, requestContext } from '@eduscale/server-kit/http';
import { createAuthService } from './accounts/auth.service.ts';
import { authRoutes } from './accounts/auth.routes.ts';
import { createAuthRateLimits } from './accounts/rate-limits.ts';
import { sessionEndAnnouncer } from './accounts/session-ends.ts';
import { createSessionService } from './accounts/session.service.ts';
import { createDeadlineQueue, startDeadlineWorker } from './assessments/assessment-deadlines.ts';
import { createAssessmentMetrics } from './assessments/assessment-metrics.ts';
import { assessmentRoutes } from './assessments/assessments.routes.ts';
import { createAssessmentService } from './assessments/assessments.service.ts';
import { createNarrator } from './assessments/feedback-narrator.ts';
import { assignmentRoutes } from './catalogue/assignments.routes.ts';
import { createAssignmentService } from './catalogue/assignments.service.ts';
import type { Config } from './config.ts';
import { healthRoutes } from './health/health.routes.ts';
import type { Logger } from './logger.ts';
import { openApiRoutes } from './openapi/openapi.routes.ts';
import { createLeaderboard } from './progress/leaderboard.ts';
import { progressRoutes } from './progress/progress.routes.ts';
import { createProgressService } from './progress/progress.service.ts';
import { roadmapRoutes } from './roadmaps/roadmaps.routes.ts';
import { createRoadmapService } from './roadmaps/roadmaps.service.ts';
import { createGradingEventHub } from './submissions/grading-event-hub.ts';
import type { GradingQueue } from './submissions/grading-queue.ts';
import { startGradingReconciler } from './submissions/grading-reconciler.ts';
import { createSubmissionEvents } from './submissions/submission-events.ts';
import { createSubmissionMetrics } from './submissions/submission-metrics.ts';
import { createSubmissionRateLimit } from './submissions/submission-rate-limit.ts';
import { submissionRoutes } from './submissions/submissions.routes.ts';
import { createSubmissionService } from './submissions/submissions.service.ts';

export interface AppDependencies {
  config: Config;
  sql: Sql;
  redis: Redis;
  /** A connection of its own: a subscribed Redis connection can do nothing else. */
  subscriber: Redis;
  queue: GradingQueue;
  logger: Logger;
}

/**
 * Builds the API from the dependencies it is given: main.ts passes the real ones, tests their
 * own. `stop()` ends the background work it started (the grading reconciler, the assessment deadlines).
 */
export function createApp({ config, sql, redis, subscriber, queue, logger }: AppDependencies) {
  const metrics = createHttpMetrics();
  const sessions = createSessionService({ sql, ttlDays: config.session.ttlDays, announceEnd: sessionEndAnnouncer({ redis, logger }) });
  const auth = createAuthService({ sql, sessions, rateLimits: createAuthRateLimits(redis, config.rateLimits) });
  const assignments = createAssignmentService({ sql, redis, logger });
  const health = createHealthService({ sql, redis });
  const leaderboard = createLeaderboard({ sql, redis });
  const roadmaps = createRoadmapService({ sql });
  const progress = createProgressService({ sql, roadmaps });
  const submissionMetrics = createSubmissionMetrics(metrics.registry, queue);
  const submissions = createSubmissionService({
    sql,
    queue,
    rateLimit: createSubmissionRateLimit(redis, config.rateLimits.submissionsPerMinute),
    leaderboard,
    metrics: submissionMetrics,
    logger,
    maxActive: config.submissions.maxActive,
  });
  const events = createSubmissionEvents({ submissions, hub: createGradingEventHub({ subscriber, logger }), redis, metrics: submissionMetrics, logger });
  const deadlines = createDeadlineQueue({ redisUrl: config.redisUrl, logger });
  const feedbackModel = config.assessments.feedbackModel;
  const assessments = createAssessmentService({
    sql,
    submissions,
    deadlines,
    narrator: feedbackModel ? createNarrator({ ...feedbackModel, logger }) : null,
    metrics: createAssessmentMetrics(metrics.registry),
    logger,
  });
  const deadlineWorker = startDeadlineWorker({
    redisUrl: config.redisUrl,
    finishDue: assessments.finishDue,
    sweep: () => assessments.sweep(),
    sweepEveryMs: config.assessments.sweepEveryMs,
    logger,
  });
  const reconciler = startGradingReconciler({
    sql,
    queue,
    metrics: submissionMetrics,
    logger,
    quietSeconds: config.submissions.reconcileQuietSeconds,
    intervalMs: config.submissions.reconcileIntervalMs,
  });

  const api = new Hono<SessionEnv>()
    .use(csrfProtection({ publicOrigin: config.publicOrigin }))
    .route('/', healthRoutes({ health }))
    .route('/', openApiRoutes())
    .route('/', assignmentRoutes({ assignments }))
    .use(loadSession(sessions))
    .route('/', authRoutes({ auth, cookieSecure: config.session.cookieSecure, sessionTtlSeconds: sessions.ttlSeconds, publicOrigin: config.publicOrigin }))
    .route('/', submissionRoutes({ submissions, events }))
    .route('/', progressRoutes({ progress, leaderboard }))
    .route('/', roadmapRoutes({ roadmaps }))
    .route('/', assessmentRoutes({ assessments }));

  const app = new Hono<SessionEnv>()
    .use(requestContext({ logger, proxy: { enabled: config.trustProxy, ranges: config.trustedProxies } }))
    .use(metrics.middleware)
    .get('/metrics', async (c) => c.text(await metrics.registry.metrics(), 200, { 'content-type': metrics.registry.contentType }))
    .route('/api', api);
  app.onError(handleError);
  app.notFound(handleNotFound);
  return {
    app,
    stop: async (): Promise<void> => {
      reconciler.stop();
      await Promise.all([deadlineWorker.close(), deadlines.close()]);
    },
  };
}

export type App = ReturnType<typeof createApp>['app'];
