import type { Sql } from '@eduscale/server-kit/deps';
import type { Logger } from '../logger.ts';
import type { GradingQueue } from './grading-queue.ts';
import type { SubmissionMetrics } from './submission-metrics.ts';
import { findQuietUnfinishedGradings } from './submissions.repo.ts';

/**
 * Postgres is the record of what must be graded, the queue only a means. Every instance
 * periodically looks for unfinished gradings that have gone quiet and enqueues those without
 * a live job (lost with a Redis restart, or an enqueue that failed). Running it on several
 * instances at once is harmless: a job id can be live only once.
 */
export function startGradingReconciler(deps: {
  sql: Sql;
  queue: GradingQueue;
  metrics: SubmissionMetrics;
  logger: Logger;
  quietSeconds: number;
  intervalMs: number;
}): { stop(): void; runOnce(): Promise<number> } {
  const { sql, queue, metrics, logger } = deps;
  let running = false;

  async function runOnce(): Promise<number> {
    let enqueued = 0;
    for (const gradingId of await findQuietUnfinishedGradings(sql, deps.quietSeconds)) {
      if (await queue.ensureEnqueued(gradingId)) enqueued++;
    }
    if (enqueued > 0) {
      metrics.reconciled.inc(enqueued);
      logger.warn({ enqueued }, 'reconciler enqueued gradings that had no live job');
    }
    return enqueued;
  }

  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runOnce()
      .catch((error: unknown) => logger.debug({ err: error }, 'reconciler pass failed; next pass retries'))
      .finally(() => (running = false));
  }, deps.intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer), runOnce };
}
