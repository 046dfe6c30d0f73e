import { createRedis, createSql } from '@eduscale/server-kit/deps';
import type { SandboxBreaker } from '../execution/breaker.ts';
import type { ExecutionService } from '../execution/execution.service.ts';
import type { Logger } from '../logger.ts';
import type { GraderMetrics } from '../metrics.ts';
import { createGradingService } from './grading.service.ts';
import { startGradingWorker } from './grading.worker.ts';
import { startHeartbeat } from './heartbeat.ts';

/** The grader's queue side: its own Postgres pool and Redis connections, and the worker. */
export function startGrading(deps: {
  databaseUrl: string;
  redisUrl: string;
  lockMs: number;
  concurrency: number;
  execution: ExecutionService;
  breaker: SandboxBreaker;
  metrics: GraderMetrics;
  logger: Logger;
}) {
  const sql = createSql(deps.databaseUrl, { max: deps.concurrency + 2 });
  // A worker waits for Redis rather than failing its verdicts while Redis is briefly away.
  const redis = createRedis(deps.redisUrl, { queueWhileAway: true });
  redis.on('error', () => {}); // the worker's own connection reports Redis being away
  const grading = createGradingService({ sql, redis, execution: deps.execution, breaker: deps.breaker, metrics: deps.metrics, logger: deps.logger });
  const worker = startGradingWorker({ grading, redisUrl: deps.redisUrl, concurrency: deps.concurrency, lockMs: deps.lockMs, logger: deps.logger });
  const heartbeat = startHeartbeat({ redis, breaker: deps.breaker });
  deps.logger.info({ concurrency: deps.concurrency }, 'taking grading jobs');
  return {
    /** Finishes the jobs in progress (draining), then lets go of the connections. */
    async close(): Promise<void> {
      await heartbeat.stop();
      await worker.close();
      await Promise.allSettled([sql.end({ timeout: 5 }), redis.quit()]);
    },
  };
}
