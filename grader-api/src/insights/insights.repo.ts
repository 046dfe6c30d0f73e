import type { ComplexityClass, Insights, Language, Verdict } from '@eduscale/contracts';
import type postgres from 'postgres';
import type { Sql } from '../grading/grading.repo.ts';

type Queryable = postgres.Sql | postgres.TransactionSql;

/** What an analysis needs, read when it starts (the job carries only the grading id). */
export interface InsightsTask {
  gradingId: string;
  language: Language;
  code: string;
  verdict: Verdict;
  compileOutput: string | null;
  /** Every sample the assignment has was accepted: the program reads the input as meant. */
  samplesPassed: boolean;
  memoryLimitMb: number;
  owner: string | undefined;
  /** This is the analysis' n-th start (a poisoned one is given up after a few). */
  attempts: number;
  complexity: { expected: ComplexityClass; inputs: { n: number; input: string }[] } | undefined;
}

/** Verdicts whose code is worth analysing: it compiled and the grading ran it. */
const ANALYSED_VERDICTS: readonly Verdict[] = ['accepted', 'wrong_answer', 'time_limit_exceeded', 'memory_limit_exceeded', 'output_limit_exceeded', 'runtime_error'];

export const deservesInsights = (verdict: Verdict) => ANALYSED_VERDICTS.includes(verdict);

/** Written in the verdict's transaction, so the analysis is owed even if no job is ever queued. */
export async function insertPendingInsights(sql: Queryable, gradingId: string): Promise<void> {
  await sql`insert into grading_insights (grading_id) values (${gradingId}) on conflict do nothing`;
}

/** Undefined when the analysis is no longer owed (done, failed, or the grading is gone). */
export async function loadInsightsTask(sql: Sql, gradingId: string): Promise<InsightsTask | undefined> {
  const [row] = await sql<
    {
      gradingId: string;
      language: Language;
      code: string;
      verdict: Verdict;
      compileOutput: string | null;
      samplesPassed: boolean;
      memoryLimitMb: number;
      ownerId: string | null;
      assignmentId: string;
      attempts: number;
      complexityExpected: ComplexityClass | null;
    }[]
  >`
    update grading_insights i set attempts = i.attempts + 1
    from gradings g join assignments a on a.id = g.assignment_id
    where i.grading_id = ${gradingId} and i.status = 'pending' and g.id = i.grading_id and g.status = 'done'
    returning g.id as grading_id, i.attempts, g.language, g.code, g.verdict, g.compile_output, a.memory_limit_mb, a.id as assignment_id,
      -- The stored series belongs to the assignment's current version only.
      case when g.assignment_version = a.version then a.complexity_expected end as complexity_expected,
      not exists (
        select 1 from assignment_tests t left join grading_tests r on r.grading_id = g.id and r.ordinal = t.ordinal
        where t.assignment_id = a.id and t.is_sample and r.verdict is distinct from 'accepted'
      ) as samples_passed,
      (select s.user_id from submissions s where s.grading_id = g.id order by s.created_at limit 1) as owner_id`;
  if (!row) return undefined;
  const inputs = row.complexityExpected
    ? await sql<{ n: number; input: string }[]>`
        select n, input from assignment_complexity_inputs where assignment_id = ${row.assignmentId} order by ordinal`
    : [];
  return {
    gradingId: row.gradingId,
    language: row.language,
    code: row.code,
    verdict: row.verdict,
    compileOutput: row.compileOutput,
    samplesPassed: row.samplesPassed,
    memoryLimitMb: row.memoryLimitMb,
    owner: row.ownerId ? `user:${row.ownerId}` : undefined,
    attempts: row.attempts,
    complexity: row.complexityExpected && inputs.length > 0 ? { expected: row.complexityExpected, inputs } : undefined,
  };
}

/** False when another grader stored them first: an analysis has one result. */
export async function saveInsights(sql: Sql, gradingId: string, insights: Insights): Promise<boolean> {
  const rows = await sql`
    update grading_insights set status = 'done', insights = ${sql.json(insights as never)}, finished_at = now()
    where grading_id = ${gradingId} and status = 'pending'
    returning grading_id`;
  return rows.length > 0;
}

/** Every attempt failed: the submission shows no insights, and no stream waits for them. */
export async function saveInsightsFailed(sql: Sql, gradingId: string): Promise<boolean> {
  const rows = await sql`
    update grading_insights set status = 'failed', finished_at = now()
    where grading_id = ${gradingId} and status = 'pending'
    returning grading_id`;
  return rows.length > 0;
}

/** Analyses owed for a while: their job was never queued (a grader died in between) or was lost. */
export async function overdueInsights(sql: Sql, olderThanMs: number, limit: number): Promise<string[]> {
  const rows = await sql<{ gradingId: string }[]>`
    select grading_id from grading_insights
    where status = 'pending' and created_at < now() - make_interval(secs => ${olderThanMs / 1000})
    order by created_at limit ${limit}`;
  return rows.map((row) => row.gradingId);
}
