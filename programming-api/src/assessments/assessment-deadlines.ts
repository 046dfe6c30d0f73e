import { Queue, Worker } from 'bullmq';
import { connectRedis } from '@eduscale/server-kit/deps';
import { ASSESSMENT_DEADLINE_QUEUE, AssessmentDeadlineJob } from '@eduscale/contracts';
import type { Logger } from '../logger.ts';
import type { DeadlineScheduler } from './assessments.service.ts';

const JOB_OPTIONS = { attempts: 5, backoff: { type: 'exponential', delay: 2_000 }, removeOnComplete: true, removeOnFail: { age: 24 * 3600 } } as const;

/** Where attempts' deadlines wait: one delayed job per attempt (its id), taken by any instance's worker when due. */
export function createDeadlineQueue(deps: { redisUrl: string; logger: Logger }): DeadlineScheduler & { close(): Promise<void> } {
  // A connection of our own, so closing can let go of Redis even while it is away.
  const connection = connectRedis(deps.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000, retryStrategy: (attempt) => Math.min(attempt * 100, 1_000) });
  connection.on('error', () => {}); // reported by the calls that need it
  const queue = new Queue(ASSESSMENT_DEADLINE_QUEUE, { connection });
  queue.on('error', (error) => deps.logger.warn({ err: error.message }, 'assessment deadline queue connection error'));
  return {
    async schedule(attemptId, endsAt) {
      const job: AssessmentDeadlineJob = { attemptId };
      await queue.add('finish', job, { ...JOB_OPTIONS, jobId: attemptId, delay: Math.max(0, endsAt.getTime() - Date.now()) });
    },
    async close() {
      await Promise.race([queue.close(), new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
      connection.disconnect();
    },
  };
}

/**
 * Finishes attempts at their deadline on whichever instance is up: the delayed job is due at
 * `endsAt`, and a sweep every few seconds catches what a lost job (Redis restarted without its
 * data) or a coding answer still being graded at the end leaves behind.
 */
export function startDeadlineWorker(deps: {
  redisUrl: string;
  finishDue: (attemptId: string) => Promise<unknown>;
  sweep: () => Promise<number>;
  sweepEveryMs: number;
  logger: Logger;
}) {
  const { logger } = deps;
  const connection = connectRedis(deps.redisUrl, { maxRetriesPerRequest: null });
  connection.on('error', () => {}); // the worker's own 'error' below reports it
  const worker = new Worker(ASSESSMENT_DEADLINE_QUEUE, async (job) => deps.finishDue(AssessmentDeadlineJob.parse(job.data).attemptId), { connection, concurrency: 4 });
  worker.on('failed', (job, error) => logger.warn({ attempt: job?.id, err: error }, 'finishing an attempt at its deadline failed; retried, then left to the sweep'));
  worker.on('error', (error) => logger.warn({ err: error.message }, 'assessment deadline worker connection error'));
  let sweeping = false;
  const sweeper = setInterval(() => {
    if (sweeping) return;
    sweeping = true;
    deps
      .sweep()
      .then(
        (count) => count > 0 && logger.info({ count }, 'finished or scored overdue attempts'),
        (error: unknown) => logger.warn({ err: error }, 'sweeping overdue attempts failed'),
      )
      .finally(() => (sweeping = false));
  }, deps.sweepEveryMs);
  sweeper.unref();
  return {
    async close(): Promise<void> {
      clearInterval(sweeper);
      // Closing waits for Redis; with Redis away it never would, and its clients would retry for ever.
      await Promise.race([worker.close(), new Promise((resolve) => setTimeout(resolve, 3_000).unref())]);
      await worker.disconnect().catch(() => undefined);
      connection.disconnect();
    },
  };
}
