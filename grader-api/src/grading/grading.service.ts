import { gradingChannel, gradingProgressKey, INCREMENT_IF_PRESENT_LUA, POINTS_LEADERBOARD_KEY, type GradingEvent, type SubmissionTestEvent } from '@eduscale/contracts';
import type { Redis } from 'ioredis';
import type { SandboxBreaker } from '../execution/breaker.ts';
import type { ExecutionService } from '../execution/execution.service.ts';
import type { Logger } from '../logger.ts';
import type { InsightsQueue } from '../insights/insights.worker.ts';
import type { GraderMetrics } from '../metrics.ts';
import { loadGradingTask, markRunning, saveInternalError, saveResult, type Sql } from './grading.repo.ts';

const PROGRESS_TTL_SECONDS = 3600;

/**
 * One grading: mark it running, compile once, run every test (each published as it finishes),
 * then write the result in one transaction and announce it. Safe to run twice for one id: the
 * second finds it done and does nothing.
 */
export function createGradingService(deps: {
  sql: Sql;
  redis: Redis;
  execution: ExecutionService;
  breaker: SandboxBreaker;
  metrics: GraderMetrics;
  logger: Logger;
  /** Absent when this grader analyses nothing (INSIGHTS_CONCURRENCY=0): then no insights are owed. */
  insightsQueue?: InsightsQueue;
}) {
  const { sql, redis, execution, breaker, metrics, logger } = deps;

  // Events only speed up what Postgres already holds: losing one costs a stream a poll, not a result.
  async function publish(gradingId: string, event: GradingEvent): Promise<void> {
    await redis.publish(gradingChannel(gradingId), JSON.stringify(event)).catch((error: unknown) => logger.warn({ err: error }, 'publishing a grading event failed'));
  }

  async function recordTest(gradingId: string, test: SubmissionTestEvent): Promise<void> {
    const key = gradingProgressKey(gradingId);
    await redis
      .multi()
      .rpush(key, JSON.stringify(test))
      .expire(key, PROGRESS_TTL_SECONDS)
      .exec()
      .catch(() => undefined);
    await publish(gradingId, { type: 'test', test });
  }

  async function announceDone(gradingId: string, awarded: { username: string; points: number }[]): Promise<void> {
    await publish(gradingId, { type: 'status', status: 'done' });
    await redis.del(gradingProgressKey(gradingId)).catch(() => undefined);
    for (const solve of awarded) {
      await redis.eval(INCREMENT_IF_PRESENT_LUA, 1, POINTS_LEADERBOARD_KEY, solve.points, solve.username).catch(() => undefined);
    }
  }

  return {
    async grade(gradingId: string): Promise<void> {
      const task = await loadGradingTask(sql, gradingId);
      if (!task || task.status === 'done' || !(await markRunning(sql, gradingId))) return;
      await redis.del(gradingProgressKey(gradingId)).catch(() => undefined);
      await publish(gradingId, { type: 'status', status: 'running' });
      const stopTimer = metrics.gradingDuration.startTimer({ language: task.language });
      const total = task.tests.length;
      const outcome = await breaker.fire(() =>
        execution.grade({
          language: task.language,
          code: task.code,
          tests: task.tests,
          checker: task.checker,
          limits: { timeMs: task.timeLimitMs, memoryMb: task.memoryLimitMb },
          owner: task.owner,
          onTest: (test, index) => recordTest(gradingId, { ...test, message: test.message ?? null, index, total }),
        }),
      );
      const awarded = await saveResult(sql, gradingId, outcome, { owesInsights: deps.insightsQueue !== undefined });
      stopTimer();
      if (awarded === undefined) {
        logger.info({ gradingId }, 'grading already had a result; this run is discarded');
        return;
      }
      metrics.gradings.inc({ language: task.language, verdict: outcome.verdict });
      await announceDone(gradingId, awarded);
      await deps.insightsQueue?.enqueue(gradingId);
    },

    /** Every attempt failed: the submission ends with internal_error rather than waiting forever. */
    async giveUp(gradingId: string, reason: string): Promise<void> {
      if (await saveInternalError(sql, gradingId)) {
        logger.error({ gradingId, reason }, 'grading failed on every attempt; recorded internal_error');
        metrics.gradings.inc({ language: 'unknown', verdict: 'internal_error' });
        await announceDone(gradingId, []);
      }
    },
  };
}

export type GradingService = ReturnType<typeof createGradingService>;
