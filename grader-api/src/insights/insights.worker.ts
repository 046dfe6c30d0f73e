import { INSIGHTS_QUEUE, InsightsJob } from '@eduscale/contracts';
import { redisOptions } from '@eduscale/server-kit/deps';
import { Queue, Worker } from 'bullmq';
import type { Logger } from '../logger.ts';
import { overdueInsights } from './insights.repo.ts';
import type { Sql } from '../grading/grading.repo.ts';
import type { InsightsService } from './insights.service.ts';

const JOB_OPTIONS = { attempts: 3, backoff: { type: 'exponential', delay: 5_000 }, removeOnComplete: true, removeOnFail: true } as const;
/** A pending analysis with no job this long after its verdict is queued again. */
const OVERDUE_MS = 10 * 60_000;
const SWEEP_EVERY_MS = 60_000;

/** Where graders queue an analysis once a verdict is written: one job per grading (its id). */
export function createInsightsQueue(deps: { redisUrl: string; logger: Logger }) {
  const queue = new Queue(INSIGHTS_QUEUE, { connection: redisOptions(deps.redisUrl, { maxRetriesPerRequest: null }) });
  queue.on('error', (error) => deps.logger.warn({ err: error.message }, 'insights queue connection error'));
  return {
    /** Never throws: a job not queued now is queued by the sweep, since the row says it is owed. */
    async enqueue(gradingId: string): Promise<void> {
      await queue.add('analyse', { gradingId } satisfies InsightsJob, { ...JOB_OPTIONS, jobId: gradingId }).catch((error: unknown) => {
        deps.logger.warn({ gradingId, err: error }, 'queueing insights failed; the sweep will');
      });
    },
    /** Queues the analyses owed for a while whose job is gone (a grader died between verdict and queue). */
    async sweep(sql: Sql, olderThanMs = OVERDUE_MS): Promise<number> {
      let queued = 0;
      for (const gradingId of await overdueInsights(sql, olderThanMs, 100)) {
        if (await queue.getJob(gradingId)) continue;
        await this.enqueue(gradingId);
        queued++;
      }
      return queued;
    },
    name: queue.name,
    close: () => queue.close(),
  };
}

export type InsightsQueue = ReturnType<typeof createInsightsQueue>;

/**
 * Analyses gradings after their verdict, in their own queue with their own (small) concurrency,
 * so they take sandboxes only beside gradings, never instead of them. A job failing every
 * attempt leaves the submission without insights rather than owing them for ever.
 */
export function startInsightsWorker(deps: { insights: InsightsService; queue: InsightsQueue; sql: Sql; redisUrl: string; concurrency: number; logger: Logger }) {
  const { insights, logger } = deps;
  const worker = new Worker(deps.queue.name, async (job) => insights.analyse(InsightsJob.parse(job.data).gradingId), {
    connection: redisOptions(deps.redisUrl, { maxRetriesPerRequest: null }),
    concurrency: deps.concurrency,
    // Measuring a slow program takes a while; a dead grader's job is picked up after this.
    lockDuration: 60_000,
  });
  worker.on('failed', (job, error) => {
    if (!job) return;
    const retried = job.attemptsMade < (job.opts.attempts ?? 1);
    logger.warn({ gradingId: job.id, attempt: job.attemptsMade, err: error }, retried ? 'insights attempt failed; retried' : 'insights failed for good');
    if (!retried) void insights.giveUp(InsightsJob.parse(job.data).gradingId).catch(() => undefined);
  });
  worker.on('error', (error) => logger.warn({ err: error.message }, 'insights worker connection error'));
  const sweeper = setInterval(() => {
    void deps.queue.sweep(deps.sql).then(
      (queued) => queued > 0 && logger.info({ queued }, 'queued overdue insights'),
      (error: unknown) => logger.warn({ err: error }, 'sweeping overdue insights failed'),
    );
  }, SWEEP_EVERY_MS);
  sweeper.unref();
  return {
    async close(): Promise<void> {
      clearInterval(sweeper);
      await worker.close();
    },
  };
}

