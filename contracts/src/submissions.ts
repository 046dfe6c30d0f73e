import { z } from 'zod';
import { Slug } from './assignments.ts';
import { Insights } from './insights.ts';
import { Language } from './languages.ts';
import { MAX_CODE_BYTES } from './run.ts';
import { Verdict } from './verdicts.ts';
import { RoadmapStanding } from './roadmaps.ts';

/**
 * Source code as a player submits it (to an assignment or in a battle). Postgres text cannot
 * hold a NUL byte, and no program needs one in its source. Its size (MAX_CODE_BYTES) is
 * checked apart, since that answer is a 413, not a 400.
 */
export const SourceCode = z.string().min(1, 'must not be empty').regex(/^[^\0]*$/, 'must not contain a NUL byte (\\0)');

/** A submission's JSON body: room for escaping code of MAX_CODE_BYTES (`\u0001` is 6 bytes), plus the other fields. */
export const MAX_SUBMISSION_BODY_BYTES = MAX_CODE_BYTES * 6 + 4096;

export const SubmissionRequest = z.strictObject({
  assignment: Slug,
  language: Language,
  code: SourceCode,
});
export type SubmissionRequest = z.infer<typeof SubmissionRequest>;

export const SUBMISSION_STATUSES = ['queued', 'running', 'done'] as const;
export const SubmissionStatus = z.enum(SUBMISSION_STATUSES);
export type SubmissionStatus = z.infer<typeof SubmissionStatus>;

/** One test's outcome. Hidden tests carry no message: their data never leaves the grader. */
export const TestResult = z.object({
  name: z.string(),
  verdict: Verdict,
  timeMs: z.number().int(),
  memoryKb: z.number().int(),
  message: z.string().nullable(),
});
export type TestResult = z.infer<typeof TestResult>;

export const SubmissionAccepted = z.object({ id: z.string(), status: SubmissionStatus });
export type SubmissionAccepted = z.infer<typeof SubmissionAccepted>;

export const Submission = z.object({
  id: z.string(),
  assignment: Slug,
  language: Language,
  status: SubmissionStatus,
  verdict: Verdict.nullable(),
  score: z.number().min(0).max(1),
  tests: z.array(TestResult),
  compileOutput: z.string().nullable(),
  reused: z.boolean(),
  /** Points this submission earned (the first accepted one of an assignment only). */
  pointsAwarded: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  finishedAt: z.iso.datetime({ offset: true }).nullable(),
  /** Code insights (API.md, "Code insights"): null until they are analysed, after the verdict. */
  insights: Insights.nullable(),
});
export type Submission = z.infer<typeof Submission>;

export const SubmissionList = z.object({ items: z.array(Submission) });
export type SubmissionList = z.infer<typeof SubmissionList>;

export const SubmissionListQuery = z.strictObject({
  assignment: Slug.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/**
 * The events of GET /api/submissions/:id/events (Server-Sent Events, `event:` = the type).
 * `status` on every change, `test` as each test finishes (index = position in the run),
 * `result` carrying the whole submission, then `insights` once they are analysed (the
 * stream ends after it, or at once when the result already carries them).
 */
export const SubmissionStatusEvent = z.object({ status: SubmissionStatus });
export const SubmissionTestEvent = TestResult.extend({ index: z.number().int().min(0), total: z.number().int().min(0) });
export type SubmissionTestEvent = z.infer<typeof SubmissionTestEvent>;
export const SUBMISSION_EVENTS = { status: SubmissionStatusEvent, test: SubmissionTestEvent, result: Submission, insights: Insights } as const;
export type SubmissionEventType = keyof typeof SUBMISSION_EVENTS;

/** The grading queue's job: ids only, never code. */
export const GRADING_QUEUE = 'grading';
export const GradingJob = z.object({ gradingId: z.uuid() });
export type GradingJob = z.infer<typeof GradingJob>;

/** What graders publish on `gradingChannel(id)` (Redis pub/sub) for the API's SSE streams. */
export const GradingEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('status'), status: SubmissionStatus }),
  z.object({ type: z.literal('test'), test: SubmissionTestEvent }),
  z.object({ type: z.literal('insights'), insights: Insights }),
]);
export type GradingEvent = z.infer<typeof GradingEvent>;
export const gradingChannel = (gradingId: string) => `grading:${gradingId}:events`;
/** Tests finished so far in the current attempt, for streams that join mid-run. */
export const gradingProgressKey = (gradingId: string) => `grading:${gradingId}:tests`;

export const ProgressResponse = z.object({
  points: z.number().int(),
  solved: z.array(z.object({ assignment: Slug, title: z.string(), difficulty: z.string(), points: z.number().int(), solvedAt: z.iso.datetime({ offset: true }) })),
  byDifficulty: z.array(z.object({ difficulty: z.string(), solved: z.number().int(), total: z.number().int() })),
  byTag: z.array(z.object({ tag: z.string(), solved: z.number().int(), total: z.number().int() })),
  /** Consecutive days (UTC), ending today or yesterday, with at least one accepted submission. */
  streakDays: z.number().int(),
  /** Every roadmap with the learner's progress and next step, enrolled ones first. */
  roadmaps: z.array(RoadmapStanding),
});
export type ProgressResponse = z.infer<typeof ProgressResponse>;

export const LeaderboardResponse = z.object({
  items: z.array(z.object({ rank: z.number().int(), username: z.string(), points: z.number().int() })),
});
export type LeaderboardResponse = z.infer<typeof LeaderboardResponse>;

/**
 * Every grader that takes jobs says so in Redis (unprefixed, like `gradingChannel`): a hash of
 * grader instance → `GraderHeartbeat` JSON, rewritten every couple of seconds. Grading is
 * available while some grader's heartbeat is fresh and its sandbox breaker is not open.
 */
export const GRADER_HEARTBEAT_KEY = 'graders:heartbeat';
export const GRADER_HEARTBEAT_INTERVAL_MS = 2_000;
export const GraderHeartbeat = z.object({ breaker: z.enum(['closed', 'half_open', 'open']), at: z.number() });
export type GraderHeartbeat = z.infer<typeof GraderHeartbeat>;
