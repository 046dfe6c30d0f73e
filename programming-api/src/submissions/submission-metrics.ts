import { Counter, Gauge, type Registry } from 'prom-client';
import type { GradingQueue } from './grading-queue.ts';

export function createSubmissionMetrics(registry: Registry, queue: GradingQueue) {
  return {
    dedupHits: new Counter({
      name: 'submission_dedup_hits_total',
      help: 'Submissions answered without a new grading: graded = a stored result, in_progress = joined a queued or running grading',
      labelNames: ['kind'] as const,
      registers: [registry],
    }),
    sseClients: new Gauge({ name: 'submission_sse_clients', help: 'Open submission event streams on this instance', registers: [registry] }),
    queueDepth: new Gauge({
      name: 'grading_queue_jobs',
      help: 'Grading jobs by state (read from the queue when scraped)',
      labelNames: ['state'] as const,
      registers: [registry],
      async collect() {
        const counts = await queue.depth().catch(() => undefined);
        this.reset();
        for (const [state, count] of Object.entries(counts ?? {})) this.set({ state }, count);
      },
    }),
    reconciled: new Counter({ name: 'grading_reconciled_total', help: 'Unfinished gradings found without a live job and enqueued again', registers: [registry] }),
  };
}

export type SubmissionMetrics = ReturnType<typeof createSubmissionMetrics>;
