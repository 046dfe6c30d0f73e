import { createRedis, createSql } from '@eduscale/server-kit/deps';
import type { SandboxBreaker } from '../execution/breaker.ts';
import type { ExecutionService } from '../execution/execution.service.ts';
import type { Logger } from '../logger.ts';
import { createInsightsService, type CodeAnalysers } from '../insights/insights.service.ts';
import { createInsightsQueue, startInsightsWorker } from '../insights/insights.worker.ts';
import type { GraderMetrics } from '../metrics.ts';
import { createGradingService } from './grading.service.ts';
import { startGradingWorker } from './grading.worker.ts';
import { startHeartbeat } from './heartbeat.ts';

/** The grader's queue side: its own Postgres pool and Redis connections, the grading worker and the insights worker. */
export function startGrading(deps: {
  databaseUrl: string;
  redisUrl: string;
  lockMs: number;
  concurrency: number;
  insightsConcurrency: number;
  analysers: CodeAnalysers;
  execution: ExecutionService;
  breaker: SandboxBreaker;
  metrics: GraderMetrics;
  logger: Logger;
}) {
  const sql = createSql(deps.databaseUrl, { max: deps.concurrency + deps.insightsConcurrency + 2 });
  // A worker waits for Redis rather than failing its verdicts while Redis is briefly away.
  const redis = createRedis(deps.redisUrl, { queueWhileAway: true });
  redis.on('error', () => {}); // the worker's own connection reports Redis being away
  const analysing = deps.insightsConcurrency > 0;
  const insightsQueue = analysing ? createInsightsQueue({ redisUrl: deps.redisUrl, logger: deps.logger }) : undefined;
  const grading = createGradingService({ sql, redis, execution: deps.execution, breaker: deps.breaker, metrics: deps.metrics, logger: deps.logger, insightsQueue });
  const worker = startGradingWorker({ grading, redisUrl: deps.redisUrl, concurrency: deps.concurrency, lockMs: deps.lockMs, logger: deps.logger });
  const insights = createInsightsService({ sql, redis, execution: deps.execution, analysers: deps.analysers, logger: deps.logger });
  const insightsWorker = insightsQueue
    ? startInsightsWorker({ insights, queue: insightsQueue, sql, redisUrl: deps.redisUrl, concurrency: deps.insightsConcurrency, logger: deps.logger })
    : undefined;
  const heartbeat = startHeartbeat({ redis, breaker: deps.breaker });
  deps.logger.info({ concurrency: deps.concurrency }, 'taking grading jobs');
  return {
    /** Finishes the jobs in progress (draining), then lets go of the connections. */
    async close(): Promise<void> {
      await heartbeat.stop();
      await Promise.all([worker.close(), insightsWorker?.close()]);
      await insightsQueue?.close();
      await Promise.allSettled([sql.end({ timeout: 5 }), redis.quit()]);
    },
  };
}
