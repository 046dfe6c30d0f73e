import { Checker, type Language, type SubmissionStatus, type Verdict } from '@eduscale/contracts';
import type postgres from 'postgres';
import type { GradeOutcome, TestCase } from '../execution/execution.service.ts';
import { deservesInsights, insertPendingInsights } from '../insights/insights.repo.ts';

export type Sql = postgres.Sql;
type Queryable = postgres.Sql | postgres.TransactionSql;

export interface GradingTask {
  id: string;
  status: SubmissionStatus;
  language: Language;
  code: string;
  timeLimitMs: number;
  memoryLimitMb: number;
  checker: Checker;
  tests: TestCase[];
  /** The user who first submitted this code: whose turn the grading takes in the sandboxes. */
  owner: string | undefined;
}

type GradingRow = Omit<GradingTask, 'tests' | 'checker' | 'owner'> & { checker: unknown; assignmentId: string; ownerId: string | null };

/**
 * Everything a grading needs, read when it starts (the job carries only the id). The tests are
 * the assignment's current ones: a grading queued across a catalogue change is keyed by the
 * old version, which no new submission asks for again.
 */
export async function loadGradingTask(sql: Queryable, gradingId: string): Promise<GradingTask | undefined> {
  const [row] = await sql<GradingRow[]>`
    select g.id, g.status, g.language, g.code, g.assignment_id, a.time_limit_ms, a.memory_limit_mb, a.checker,
      (select s.user_id from submissions s where s.grading_id = g.id order by s.created_at limit 1) as owner_id
    from gradings g join assignments a on a.id = g.assignment_id
    where g.id = ${gradingId}`;
  if (!row) return undefined;
  const tests = await sql<{ name: string; input: string; expected: string; isSample: boolean }[]>`
    select name, input, expected, is_sample from assignment_tests
    where assignment_id = ${row.assignmentId}
    order by ordinal`;
  return {
    id: row.id,
    status: row.status,
    language: row.language,
    code: row.code,
    timeLimitMs: row.timeLimitMs,
    memoryLimitMb: row.memoryLimitMb,
    checker: Checker.parse(row.checker),
    tests: tests.map((test) => ({ name: test.name, input: test.input, expected: test.expected, visible: test.isSample })),
    owner: row.ownerId ? `user:${row.ownerId}` : undefined,
  };
}

/** False when the grading is already done (a duplicate or late job): then there is nothing to do. */
export async function markRunning(sql: Queryable, gradingId: string): Promise<boolean> {
  const rows = await sql`
    update gradings set status = 'running', attempts = attempts + 1, updated_at = now()
    where id = ${gradingId} and status <> 'done'
    returning id`;
  return rows.length > 0;
}

export interface AwardedSolve {
  username: string;
  points: number;
}

/**
 * Writes the verdict, score and every test row, and awards points to each submitter's first
 * submission of this code if accepted, and the insights it is owed — all in one transaction. A grading already done is
 * left as it is (undefined): a grading has exactly one result.
 */
export async function saveResult(sql: Sql, gradingId: string, outcome: GradeOutcome, options: { owesInsights: boolean }): Promise<AwardedSolve[] | undefined> {
  return sql.begin(async (tx) => {
    const [updated] = await tx<{ id: string }[]>`
      update gradings
      set status = 'done', verdict = ${outcome.verdict}, score = ${outcome.score}, compile_output = ${outcome.compileOutput},
          finished_at = now(), updated_at = now()
      where id = ${gradingId} and status <> 'done'
      returning id`;
    if (!updated) return undefined;
    if (outcome.tests.length > 0) {
      await tx`
        insert into grading_tests ${tx(
          outcome.tests.map((test, ordinal) => ({
            gradingId,
            ordinal,
            name: test.name,
            verdict: test.verdict,
            timeMs: test.timeMs,
            memoryKb: test.memoryKb,
            message: test.message ?? null,
          })),
        )}`;
    }
    if (options.owesInsights && deservesInsights(outcome.verdict)) await insertPendingInsights(tx, gradingId);
    if (outcome.verdict !== 'accepted') return [];
    return awardSolves(tx, gradingId);
  });
}

/** The primary key of solves makes points count once per user and assignment, whoever races. */
async function awardSolves(sql: Queryable, gradingId: string): Promise<AwardedSolve[]> {
  return sql<AwardedSolve[]>`
    with first_submissions as (
      select distinct on (s.user_id) s.id, s.user_id, s.assignment_id
      from submissions s where s.grading_id = ${gradingId}
      order by s.user_id, s.created_at, s.id
    ), inserted as (
      insert into solves (user_id, assignment_id, points, submission_id)
      select f.user_id, f.assignment_id, a.points, f.id
      from first_submissions f join assignments a on a.id = f.assignment_id
      on conflict (user_id, assignment_id) do nothing
      returning user_id, points
    )
    select u.username, i.points from inserted i join users u on u.id = i.user_id`;
}

/** The platform failed this grading for good (every attempt); resubmitting runs it again. */
export async function saveInternalError(sql: Queryable, gradingId: string, verdict: Verdict = 'internal_error'): Promise<boolean> {
  const rows = await sql`
    update gradings set status = 'done', verdict = ${verdict}, score = 0, finished_at = now(), updated_at = now()
    where id = ${gradingId} and status <> 'done'
    returning id`;
  return rows.length > 0;
}
