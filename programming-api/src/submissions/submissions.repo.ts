import type { Language, SubmissionStatus, TestResult, Verdict } from '@eduscale/contracts';
import type { Queryable } from '@eduscale/server-kit/deps';

export interface GradingKey {
  assignmentId: string;
  assignmentVersion: number;
  language: Language;
  codeSha256: Buffer;
}

export interface GradingState {
  id: string;
  status: SubmissionStatus;
  verdict: Verdict | null;
}

export interface SubmittableAssignment {
  id: string;
  version: number;
  points: number;
  languages: Language[];
}

export async function findSubmittableAssignment(sql: Queryable, slug: string): Promise<SubmittableAssignment | undefined> {
  const [row] = await sql<SubmittableAssignment[]>`
    select id, version, points, languages from assignments where slug = ${slug} and retired_at is null`;
  return row;
}

export interface GradedResult {
  gradingId: string;
  verdict: Verdict;
  score: number;
  compileOutput: string | null;
  finishedAt: Date;
  tests: TestResult[];
  insightsStatus: SubmissionRow['insightsStatus'];
  insights: unknown;
}

/** The finished result for this key, if it has one (a result never changes once written). */
export async function findGradedResult(sql: Queryable, key: GradingKey): Promise<GradedResult | undefined> {
  const [row] = await sql<(Omit<GradedResult, 'tests'> & { status: SubmissionStatus })[]>`
    select g.id as grading_id, g.status, g.verdict, g.score, g.compile_output, g.finished_at, gi.status as insights_status, gi.insights
    from gradings g left join grading_insights gi on gi.grading_id = g.id
    where assignment_id = ${key.assignmentId} and assignment_version = ${key.assignmentVersion}
      and language = ${key.language} and code_sha256 = ${key.codeSha256}`;
  if (!row || row.status !== 'done') return undefined;
  const tests = (await findTestResults(sql, [row.gradingId])).get(row.gradingId) ?? [];
  return { gradingId: row.gradingId, verdict: row.verdict, score: row.score, compileOutput: row.compileOutput, finishedAt: row.finishedAt, tests, insightsStatus: row.insightsStatus, insights: row.insights };
}

/**
 * The grading for this key, created when there is none. The unique key makes concurrent
 * callers converge on one row; `for share` holds a grader's final write back until this
 * transaction commits, so a submission joining a running grading is never missed when the
 * grader awards points.
 */
export async function claimGrading(sql: Queryable, key: GradingKey, code: string): Promise<GradingState & { created: boolean }> {
  const [inserted] = await sql<GradingState[]>`
    insert into gradings (assignment_id, assignment_version, language, code_sha256, code)
    values (${key.assignmentId}, ${key.assignmentVersion}, ${key.language}, ${key.codeSha256}, ${code})
    on conflict on constraint gradings_key do nothing
    returning id, status, verdict`;
  if (inserted) return { ...inserted, created: true };
  const [existing] = await sql<GradingState[]>`
    select id, status, verdict from gradings
    where assignment_id = ${key.assignmentId} and assignment_version = ${key.assignmentVersion}
      and language = ${key.language} and code_sha256 = ${key.codeSha256}
    for share`;
  if (!existing) throw new Error('a grading key conflicted but its row is gone');
  return { ...existing, created: false };
}

/** An internal error is the platform's fault, not the code's: such a grading is run again. */
export async function requeueFailedGrading(sql: Queryable, gradingId: string): Promise<boolean> {
  const rows = await sql`
    update gradings
    set status = 'queued', verdict = null, score = null, compile_output = null, finished_at = null, attempts = 0, updated_at = now()
    where id = ${gradingId} and status = 'done' and verdict = 'internal_error'
    returning id`;
  if (rows.length === 0) return false;
  await sql`delete from grading_tests where grading_id = ${gradingId}`;
  return true;
}

/** Serialises one user's submissions so the cap on unfinished ones cannot be raced past. */
export async function lockUserSubmissions(sql: Queryable, userId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`submissions:${userId}`}, 0))`;
}

export async function countUnfinished(sql: Queryable, userId: string): Promise<number> {
  const [row] = await sql<{ count: number }[]>`
    select count(distinct g.id)::int as count
    from submissions s join gradings g on g.id = s.grading_id
    where s.user_id = ${userId} and g.status <> 'done'`;
  return row?.count ?? 0;
}

export async function insertSubmission(
  sql: Queryable,
  submission: { userId: string; assignmentId: string; gradingId: string; reused: boolean },
): Promise<{ id: string; createdAt: Date }> {
  const [row] = await sql<{ id: string; createdAt: Date }[]>`
    insert into submissions (user_id, assignment_id, grading_id, reused)
    values (${submission.userId}, ${submission.assignmentId}, ${submission.gradingId}, ${submission.reused})
    returning id, created_at`;
  if (!row) throw new Error('insert into submissions returned no row');
  return row;
}

/** Awards the assignment's points unless this user already has them: the primary key decides. */
export async function awardSolve(sql: Queryable, solve: { userId: string; assignmentId: string; points: number; submissionId: string }): Promise<number> {
  const rows = await sql<{ points: number }[]>`
    insert into solves (user_id, assignment_id, points, submission_id)
    values (${solve.userId}, ${solve.assignmentId}, ${solve.points}, ${solve.submissionId})
    on conflict (user_id, assignment_id) do nothing
    returning points`;
  return rows[0]?.points ?? 0;
}

export interface SubmissionRow {
  id: string;
  userId: string;
  gradingId: string;
  assignment: string;
  language: Language;
  status: SubmissionStatus;
  verdict: Verdict | null;
  score: number | null;
  compileOutput: string | null;
  reused: boolean;
  pointsAwarded: number;
  createdAt: Date;
  finishedAt: Date | null;
  /** Null when the grading owes no insights (a compilation error, or graded before insights existed). */
  insightsStatus: 'pending' | 'done' | 'failed' | null;
  insights: unknown;
}

const submissionColumns = (sql: Queryable) => sql`
  s.id, s.user_id, s.grading_id, a.slug as assignment, g.language, g.status, g.verdict, g.score, g.compile_output,
  s.reused, coalesce(v.points, 0)::int as points_awarded, s.created_at, g.finished_at, gi.status as insights_status, gi.insights`;

const submissionSource = (sql: Queryable) => sql`
  submissions s
  join gradings g on g.id = s.grading_id
  join assignments a on a.id = s.assignment_id
  left join solves v on v.submission_id = s.id
  left join grading_insights gi on gi.grading_id = s.grading_id`;

/** A submission as its owner sees it; anyone else's is indistinguishable from a missing one. */
export async function findOwnSubmission(sql: Queryable, id: string, userId: string): Promise<SubmissionRow | undefined> {
  const [row] = await sql<SubmissionRow[]>`
    select ${submissionColumns(sql)} from ${submissionSource(sql)}
    where s.id = ${id} and s.user_id = ${userId}`;
  return row;
}

/** Several of one owner's submissions at once (an assessment's coding answers); others' ids are skipped. */
export async function findOwnSubmissions(sql: Queryable, ids: string[], userId: string): Promise<SubmissionRow[]> {
  if (ids.length === 0) return [];
  return sql<SubmissionRow[]>`
    select ${submissionColumns(sql)} from ${submissionSource(sql)}
    where s.id = any(${ids}::uuid[]) and s.user_id = ${userId}`;
}

export async function listOwnSubmissions(sql: Queryable, query: { userId: string; assignment?: string; limit: number }): Promise<SubmissionRow[]> {
  return sql<SubmissionRow[]>`
    select ${submissionColumns(sql)} from ${submissionSource(sql)}
    where s.user_id = ${query.userId} ${query.assignment ? sql`and a.slug = ${query.assignment}` : sql``}
    order by s.created_at desc, s.id desc
    limit ${query.limit}`;
}

export async function findTestResults(sql: Queryable, gradingIds: string[]): Promise<Map<string, TestResult[]>> {
  const rows = await sql<(TestResult & { gradingId: string })[]>`
    select grading_id, name, verdict, time_ms, memory_kb, message
    from grading_tests where grading_id = any(${gradingIds}::uuid[])
    order by grading_id, ordinal`;
  const byGrading = new Map<string, TestResult[]>();
  for (const { gradingId, ...test } of rows) {
    const tests = byGrading.get(gradingId) ?? [];
    tests.push(test);
    byGrading.set(gradingId, tests);
  }
  return byGrading;
}

/** Unfinished gradings that no grader has touched for a while (a lost job, a Redis restart). */
export async function findQuietUnfinishedGradings(sql: Queryable, quietSeconds: number): Promise<string[]> {
  const rows = await sql<{ id: string }[]>`
    select id from gradings
    where status <> 'done' and updated_at < now() - make_interval(secs => ${quietSeconds})
    order by updated_at limit 500`;
  return rows.map((row) => row.id);
}
