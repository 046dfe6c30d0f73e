import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { Insights, MAX_CODE_BYTES, type Submission, type SubmissionAccepted, type SubmissionRequest } from '@eduscale/contracts';
import type { Sql } from '@eduscale/server-kit/deps';
import { InvalidRequestError, NotFoundError, PayloadTooLargeError, TooManyRequestsError } from '@eduscale/server-kit/errors';
import type { SessionUser } from '@eduscale/server-kit/sessions';
import type { Logger } from '../logger.ts';
import type { Leaderboard } from '../progress/leaderboard.ts';
import type { GradingQueue } from './grading-queue.ts';
import type { SubmissionMetrics } from './submission-metrics.ts';
import type { SubmissionRateLimit } from './submission-rate-limit.ts';
import {
  awardSolve,
  claimGrading,
  countUnfinished,
  findGradedResult,
  findOwnSubmission,
  findOwnSubmissions,
  findSubmittableAssignment,
  findTestResults,
  insertSubmission,
  listOwnSubmissions,
  lockUserSubmissions,
  requeueFailedGrading,
  type GradedResult,
  type GradingKey,
  type SubmissionRow,
  type SubmittableAssignment,
} from './submissions.repo.ts';

export type SubmitOutcome = { status: 202; body: SubmissionAccepted } | { status: 200; body: Submission };

interface SubmissionDeps {
  sql: Sql;
  queue: GradingQueue;
  rateLimit: SubmissionRateLimit;
  leaderboard: Leaderboard;
  metrics: SubmissionMetrics;
  logger: Logger;
  maxActive: number;
}

export function createSubmissionService(deps: SubmissionDeps) {
  const { sql, queue, leaderboard, metrics, logger } = deps;
  // A finished result never changes (an internal error is regraded, so it is never cached):
  // identical code answers from memory, with one insert and no reads.
  const gradedResults = new LRUCache<string, GradedResult>({ max: 20_000 });
  // Briefly: a catalogue change (a new test version) is seen within a second.
  const assignments = new LRUCache<string, SubmittableAssignment>({ max: 1_000, ttl: 1_000 });

  async function findAssignment(slug: string): Promise<SubmittableAssignment | undefined> {
    const cached = assignments.get(slug);
    if (cached) return cached;
    const found = await findSubmittableAssignment(sql, slug);
    if (found) assignments.set(slug, found);
    return found;
  }

  async function findReusable(key: GradingKey): Promise<GradedResult | undefined> {
    const cacheKey = `${key.assignmentId}:${key.assignmentVersion}:${key.language}:${key.codeSha256.toString('hex')}`;
    const cached = gradedResults.get(cacheKey);
    if (cached) return cached;
    const found = await findGradedResult(sql, key);
    if (!found || found.verdict === 'internal_error') return undefined;
    // A result never changes, but its insights arrive later: it is remembered once they have.
    if (found.insightsStatus !== 'pending') gradedResults.set(cacheKey, found);
    return found;
  }

  async function toSubmissions(rows: SubmissionRow[]): Promise<Submission[]> {
    const done = rows.filter((row) => row.status === 'done').map((row) => row.gradingId);
    const tests = done.length > 0 ? await findTestResults(sql, [...new Set(done)]) : new Map();
    return rows.map((row) => ({
      id: row.id,
      assignment: row.assignment,
      language: row.language,
      status: row.status,
      verdict: row.verdict,
      score: row.score ?? 0,
      tests: tests.get(row.gradingId) ?? [],
      compileOutput: row.compileOutput,
      reused: row.reused,
      pointsAwarded: row.pointsAwarded,
      createdAt: row.createdAt.toISOString(),
      finishedAt: row.finishedAt?.toISOString() ?? null,
      insights: storedInsights(row),
    }));
  }

  /** The submission, its grading, and whether insights are still owed (a stream then waits for them). */
  async function findOwn(user: SessionUser, id: string): Promise<{ submission: Submission; gradingId: string; insightsPending: boolean }> {
    const row = await findOwnSubmission(sql, id, user.id);
    if (!row) throw new NotFoundError(`There is no submission ${id} of yours.`);
    const [submission] = await toSubmissions([row]);
    if (!submission) throw new Error('a submission row produced no submission');
    return { submission, gradingId: row.gradingId, insightsPending: row.insightsStatus === 'pending' };
  }

  const get = async (user: SessionUser, id: string): Promise<Submission> => (await findOwn(user, id)).submission;

  async function afterCommit(user: SessionUser, outcome: { gradingId: string; enqueue: boolean; points: number }): Promise<void> {
    if (outcome.enqueue) {
      // The row is the record: if Redis is away now, the reconciler enqueues it later.
      await queue.enqueue(outcome.gradingId).catch((error: unknown) => logger.warn({ err: error, gradingId: outcome.gradingId }, 'enqueue failed; left to the reconciler'));
    }
    if (outcome.points > 0) {
      await leaderboard.add(user.username, outcome.points).catch((error: unknown) => logger.warn({ err: error }, 'leaderboard update failed'));
    }
  }

  return {
    get,
    findOwn,

    /** One owner's submissions by id, keyed by id (an assessment reads its coding answers with it). */
    async findMany(userId: string, ids: string[]): Promise<Map<string, Submission>> {
      const found = await toSubmissions(await findOwnSubmissions(sql, [...new Set(ids)], userId));
      return new Map(found.map((submission) => [submission.id, submission]));
    },

    async list(user: SessionUser, query: { assignment?: string | undefined; limit: number }): Promise<Submission[]> {
      return toSubmissions(await listOwnSubmissions(sql, { userId: user.id, assignment: query.assignment, limit: query.limit }));
    },

    async submit(user: SessionUser, request: SubmissionRequest): Promise<SubmitOutcome> {
      if (Buffer.byteLength(request.code) > MAX_CODE_BYTES) throw new PayloadTooLargeError(`Code is limited to ${MAX_CODE_BYTES / 1024} KiB.`);
      await deps.rateLimit.consume(user.id);
      const assignment = await findAssignment(request.assignment);
      if (!assignment) throw new NotFoundError(`There is no assignment "${request.assignment}".`);
      if (!assignment.languages.includes(request.language)) {
        throw new InvalidRequestError(`"${request.assignment}" cannot be solved in ${request.language}; choose one of ${assignment.languages.join(', ')}.`, [
          { path: 'language', message: `must be one of ${assignment.languages.join(', ')}` },
        ]);
      }
      const key: GradingKey = {
        assignmentId: assignment.id,
        assignmentVersion: assignment.version,
        language: request.language,
        codeSha256: createHash('sha256').update(request.code).digest(),
      };
      const solve = (submissionId: string) => ({ userId: user.id, assignmentId: assignment.id, points: assignment.points, submissionId });

      // Identical code graded before: a result at once, no lock, no queue.
      const graded = await findReusable(key);
      if (graded) {
        const reused = await sql.begin(async (tx) => {
          const submission = await insertSubmission(tx, { userId: user.id, assignmentId: assignment.id, gradingId: graded.gradingId, reused: true });
          return { ...submission, points: graded.verdict === 'accepted' ? await awardSolve(tx, solve(submission.id)) : 0 };
        });
        metrics.dedupHits.inc({ kind: 'graded' });
        await afterCommit(user, { gradingId: graded.gradingId, enqueue: false, points: reused.points });
        const body: Submission = {
          id: reused.id,
          assignment: request.assignment,
          language: request.language,
          status: 'done',
          verdict: graded.verdict,
          score: graded.score,
          tests: graded.tests,
          compileOutput: graded.compileOutput,
          reused: true,
          pointsAwarded: reused.points,
          createdAt: reused.createdAt.toISOString(),
          finishedAt: graded.finishedAt.toISOString(),
          insights: storedInsights(graded),
        };
        return { status: 200, body };
      }

      const outcome = await sql.begin(async (tx) => {
        await lockUserSubmissions(tx, user.id);
        const grading = await claimGrading(tx, key, request.code);
        const regrade = grading.status === 'done' && grading.verdict === 'internal_error' && (await requeueFailedGrading(tx, grading.id));
        const reused = grading.status === 'done' && !regrade;
        if (!reused && (await countUnfinished(tx, user.id)) >= deps.maxActive) {
          throw new TooManyRequestsError(`You already have ${deps.maxActive} submissions being graded; wait for one to finish.`, 2);
        }
        const submission = await insertSubmission(tx, { userId: user.id, assignmentId: assignment.id, gradingId: grading.id, reused });
        const points = reused && grading.verdict === 'accepted' ? await awardSolve(tx, solve(submission.id)) : 0;
        const status = regrade ? 'queued' : grading.status;
        return { submissionId: submission.id, gradingId: grading.id, status, reused, enqueue: grading.created || regrade, joined: !grading.created && !reused && !regrade, points };
      });
      if (outcome.reused) metrics.dedupHits.inc({ kind: 'graded' });
      if (outcome.joined) metrics.dedupHits.inc({ kind: 'in_progress' });
      await afterCommit(user, outcome);
      if (outcome.reused) return { status: 200, body: await get(user, outcome.submissionId) };
      return { status: 202, body: { id: outcome.submissionId, status: outcome.status } };
    },
  };
}

export type SubmissionService = ReturnType<typeof createSubmissionService>;

/** Insights as a grader stored them; a row of an older shape shows none rather than failing the submission. */
function storedInsights(row: Pick<SubmissionRow, 'insightsStatus' | 'insights'>): Insights | null {
  if (row.insightsStatus !== 'done') return null;
  const parsed = Insights.safeParse(row.insights);
  return parsed.success ? parsed.data : null;
}
