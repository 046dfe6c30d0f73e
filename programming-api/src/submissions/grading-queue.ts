import { GRADING_QUEUE, type GradingJob } from '@eduscale/contracts';
import { Queue, type JobsOptions } from 'bullmq';
import { connectRedis } from '@eduscale/server-kit/deps';

const JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1_000 },
  // Postgres keeps the result; a finished job only has to free its id for a later regrade.
  removeOnComplete: true,
  removeOnFail: { age: 24 * 3600 },
};

const LIVE_STATES = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);

/** The producer side of the grading queue: one job per grading, its id the grading's id. */
export function createGradingQueue(redisUrl: string) {
  // Fail fast while Redis is away: the row in Postgres is the record, and the reconciler enqueues it later.
  const connection = connectRedis(redisUrl, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 100, 1_000),
  });
  const queue = new Queue<GradingJob>(GRADING_QUEUE, { connection, defaultJobOptions: JOB_OPTIONS });
  // Connection errors surface on the calls that need Redis; the client reconnects by itself.
  connection.on('error', () => {});
  queue.on('error', () => {});
  const enqueue = (gradingId: string) => queue.add('grade', { gradingId }, { jobId: gradingId });

  return {
    /** Adding an id that already has a job is a no-op: BullMQ deduplicates by job id. */
    async enqueue(gradingId: string): Promise<void> {
      await enqueue(gradingId);
    },

    /** Enqueues the grading unless a live job exists; true when it had to. */
    async ensureEnqueued(gradingId: string): Promise<boolean> {
      const state = await queue.getJobState(gradingId);
      if (LIVE_STATES.has(state)) return false;
      if (state !== 'unknown') await queue.remove(gradingId);
      await enqueue(gradingId);
      return true;
    },

    async depth(): Promise<Record<string, number>> {
      return queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed');
    },

    /** Lets go of Redis even when it is unreachable (closing a queue waits for a connection). */
    async close(): Promise<void> {
      await Promise.race([queue.close(), new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
      connection.disconnect();
    },
  };
}

export type GradingQueue = ReturnType<typeof createGradingQueue>;
