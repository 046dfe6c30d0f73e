import { GRADING_QUEUE, GradingJob } from '@eduscale/contracts';
import { redisOptions } from '@eduscale/server-kit/deps';
import { DelayedError, Worker } from 'bullmq';
import { GradingUnavailableError, SandboxFailedError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { GradingService } from './grading.service.ts';

/**
 * Takes grading jobs from the queue, as many at once as the sandbox has slots. A job whose
 * grader dies stops having its lock renewed and is handed to another grader (stalled-job
 * recovery). A grading that meets a sandbox fault spends an attempt (the queue retries it with
 * backoff, likely on another grader, and after the last one it ends as internal_error) and this
 * worker rests a moment: a job that keeps faulting ends instead of going round for ever. While
 * this grader's breaker is open, nothing was tried: the job goes back without using an attempt
 * and the worker pauses, so healthy graders take the work and an outage delays gradings.
 */
export function startGradingWorker(deps: { grading: GradingService; redisUrl: string; concurrency: number; lockMs: number; logger: Logger; queue?: string }): Worker {
  const { grading, logger } = deps;
  let pausedUntil = 0;
  const pauseLocally = (ms: number) => {
    if (Date.now() < pausedUntil) return;
    pausedUntil = Date.now() + ms;
    logger.warn({ ms }, 'sandbox unavailable: this grader stops taking jobs for a while');
    void worker.pause(true).then(() => setTimeout(() => worker.resume(), ms));
  };
  const worker: Worker = new Worker(
    deps.queue ?? GRADING_QUEUE,
    async (job, token) => {
      const { gradingId } = GradingJob.parse(job.data);
      try {
        await grading.grade(gradingId);
      } catch (error) {
        if (error instanceof SandboxFailedError) {
          pauseLocally(error.retryAfterSeconds * 1000);
          throw error;
        }
        if (error instanceof GradingUnavailableError && token) {
          await job.moveToDelayed(Date.now() + 1_000, token);
          pauseLocally(error.retryAfterSeconds * 1000);
          throw new DelayedError();
        }
        throw error;
      }
    },
    {
      connection: redisOptions(deps.redisUrl, { maxRetriesPerRequest: null }),
      concurrency: deps.concurrency,
      lockDuration: deps.lockMs,
      stalledInterval: Math.max(1000, deps.lockMs / 2),
      maxStalledCount: 2,
    },
  );
  worker.on('failed', (job, error) => {
    if (!job) return;
    const retried = job.attemptsMade < (job.opts.attempts ?? 1) && !/stalled more than allowable limit/.test(error.message);
    logger.warn({ gradingId: job.id, attempt: job.attemptsMade, err: error }, retried ? 'grading attempt failed; it will be retried' : 'grading failed for good');
    if (!retried) {
      void grading.giveUp(GradingJob.parse(job.data).gradingId, error.message).catch((giveUpError: unknown) => logger.error({ err: giveUpError }, 'recording internal_error failed'));
    }
  });
  worker.on('error', (error) => logger.warn({ err: error.message }, 'grading worker connection error'));
  return worker;
}
