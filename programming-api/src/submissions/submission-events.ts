import { SubmissionTestEvent, gradingProgressKey, type GradingEvent, type Submission, type SubmissionEventType } from '@eduscale/contracts';
import type { Redis } from '@eduscale/server-kit/deps';
import type { SessionUser } from '@eduscale/server-kit/sessions';
import type { Logger } from '../logger.ts';
import type { GradingEventHub } from './grading-event-hub.ts';
import { Inbox } from './inbox.ts';
import type { SubmissionMetrics } from './submission-metrics.ts';
import type { SubmissionService } from './submissions.service.ts';

export interface EventSink {
  send(type: SubmissionEventType, data: unknown): Promise<void>;
  /** A comment line: keeps proxies from closing a quiet stream. */
  ping(): Promise<void>;
}

interface StreamTimings {
  /** Postgres is re-read this often while no event arrives, so a lost message costs a delay, never a hang. */
  pollMs: number;
  maxMs: number;
  /** How long a stream waits for insights after the result. */
  insightsMaxMs: number;
}

/**
 * The live view of one submission: its status now, every test finished so far, then each
 * change as graders publish it, the whole result, and the code insights once they are
 * analysed, after which the stream ends.
 */
export function createSubmissionEvents(deps: {
  submissions: SubmissionService;
  hub: GradingEventHub;
  redis: Redis;
  metrics: SubmissionMetrics;
  logger: Logger;
  timings?: Partial<StreamTimings>;
}) {
  const { submissions, hub, redis, metrics, logger } = deps;
  const timings: StreamTimings = { pollMs: 5_000, maxMs: 10 * 60_000, insightsMaxMs: 3 * 60_000, ...deps.timings };

  async function testsSoFar(gradingId: string) {
    const raw = await redis.lrange(gradingProgressKey(gradingId), 0, -1).catch(() => []);
    return raw.flatMap((item) => {
      const parsed = SubmissionTestEvent.safeParse(parseJson(item));
      return parsed.success ? [parsed.data] : [];
    });
  }

  return {
    /** Checks ownership (404 before any byte is streamed) and returns the stream's body. */
    async open(user: SessionUser, submissionId: string) {
      const { submission: first, gradingId, insightsPending } = await submissions.findOwn(user, submissionId);

      return async (sink: EventSink, signal: AbortSignal): Promise<void> => {
        if (first.status === 'done' && !insightsPending) {
          // Late subscribers get the same sequence as live ones: result, then insights when there are any.
          await sink.send('result', first);
          if (first.insights) await sink.send('insights', first.insights);
          return;
        }
        const inbox = new Inbox<GradingEvent | 'aborted'>();
        const onAbort = () => inbox.push('aborted');
        signal.addEventListener('abort', onAbort);
        const unsubscribe = await hub.subscribe(gradingId, (event) => inbox.push(event)).catch((error: unknown) => {
          logger.warn({ err: error }, 'grading events unavailable; the stream polls Postgres');
          return () => {};
        });
        metrics.sseClients.inc();
        try {
          const reload = () => submissions.findOwn(user, submissionId);
          const result = await follow(sink, inbox, async () => (await reload()).submission, gradingId);
          if (result) await followInsights(sink, inbox, reload);
        } finally {
          metrics.sseClients.dec();
          unsubscribe();
          signal.removeEventListener('abort', onAbort);
        }
      };
    },
  };

  /** Until the result: the status, the tests as they finish, then `result`. Undefined when the stream ended before it. */
  async function follow(sink: EventSink, inbox: Inbox<GradingEvent | 'aborted'>, reload: () => Promise<Submission>, gradingId: string): Promise<Submission | undefined> {
    // Subscribed first, read second: whatever happens in between arrives as an event too.
    let current = await reload();
    if (current.status === 'done') return sent(current);
    let status = current.status;
    await sink.send('status', { status });
    let testsSent = 0;
    for (const test of await testsSoFar(gradingId)) {
      if (test.index !== testsSent) continue;
      await sink.send('test', test);
      testsSent++;
    }
    const deadline = Date.now() + timings.maxMs;
    while (Date.now() < deadline) {
      const event = await inbox.next(timings.pollMs);
      if (event === 'aborted') return undefined;
      if (event?.type === 'test') {
        // A retried grading replays tests already shown; only new ones go out.
        if (event.test.index >= testsSent) {
          await sink.send('test', event.test);
          testsSent = event.test.index + 1;
        }
        continue;
      }
      if (event?.type === 'insights') continue;
      if (event === undefined) await sink.ping();
      const next = event?.status === 'done' || event === undefined ? (current = await reload()).status : event.status;
      if (next === 'done') return sent(current);
      if (next !== status) {
        status = next;
        await sink.send('status', { status });
      }
    }
    return undefined;

    async function sent(result: Submission): Promise<Submission> {
      await sink.send('result', result);
      return result;
    }
  }

  /**
   * After the result, the insights it is owed, as soon as a grader announces them (or a poll
   * finds them stored), then the stream ends. Analyses queue behind gradings, so this waits
   * longer than a grading does; a client that leaves first finds them in GET /submissions/:id.
   */
  async function followInsights(sink: EventSink, inbox: Inbox<GradingEvent | 'aborted'>, reload: () => Promise<{ submission: Submission; insightsPending: boolean }>): Promise<void> {
    const deadline = Date.now() + timings.insightsMaxMs;
    while (Date.now() < deadline) {
      const { submission, insightsPending } = await reload();
      if (submission.insights) return sink.send('insights', submission.insights);
      if (!insightsPending) return;
      const event = await inbox.next(timings.pollMs);
      if (event === 'aborted') return;
      if (event?.type === 'insights') return sink.send('insights', event.insights);
      if (event === undefined) await sink.ping();
    }
  }
}

export type SubmissionEvents = ReturnType<typeof createSubmissionEvents>;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
