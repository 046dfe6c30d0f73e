import type { Queryable } from '../db.ts';

/** The programming-api submission's grading, if it is `userId`'s. */
export async function findSubmissionGrading(sql: Queryable, submissionId: string, userId: string): Promise<string | undefined> {
  const [row] = await sql<{ gradingId: string }[]>`select grading_id from submissions where id = ${submissionId} and user_id = ${userId}`;
  return row?.gradingId;
}

export async function insertBattleSubmission(sql: Queryable, row: { submissionId: string; battleId: string; userId: string; gradingId: string }): Promise<void> {
  await sql`
    insert into battle_submissions (submission_id, battle_id, user_id, grading_id)
    values (${row.submissionId}, ${row.battleId}, ${row.userId}, ${row.gradingId})`;
}

export interface GradedSubmission {
  submissionId: string;
  battleId: string;
  userId: string;
  verdict: string;
  passed: number;
  total: number;
  /** When it counts as reached: the grading's finish, never before the submission was made. */
  reachedAt: Date;
}

/**
 * Claims the battle's finished-but-unapplied submissions (one, or all with `submissionId`
 * omitted): `applied_at` is set once, so a result counts once whichever instance sees it first.
 */
export async function claimGraded(sql: Queryable, battleId: string, submissionId?: string): Promise<GradedSubmission[]> {
  return sql<GradedSubmission[]>`
    with claimed as (
      update battle_submissions bs set applied_at = now()
      from gradings g
      where bs.battle_id = ${battleId} and bs.applied_at is null and g.id = bs.grading_id and g.status = 'done'
        ${submissionId ? sql`and bs.submission_id = ${submissionId}` : sql``}
      returning bs.submission_id, bs.battle_id, bs.user_id, bs.grading_id, g.verdict, greatest(g.finished_at, bs.created_at) as reached_at
    )
    select c.submission_id, c.battle_id, c.user_id, c.verdict, c.reached_at,
      (select count(*)::int from grading_tests t where t.grading_id = c.grading_id and t.verdict = 'accepted') as passed,
      (select count(*)::int from grading_tests t where t.grading_id = c.grading_id) as total
    from claimed c
    -- Oldest first, so an equal later result never takes the earlier one's time.
    order by c.reached_at`;
}

/** Locks the battle row: applying results shares it, ending takes it exclusively. */
export async function lockBattle(sql: Queryable, battleId: string, mode: 'share' | 'update'): Promise<{ status: string; mode: string } | undefined> {
  const [row] = mode === 'update'
    ? await sql<{ status: string; mode: string }[]>`select status, mode from battles where id = ${battleId} for update`
    : await sql<{ status: string; mode: string }[]>`select status, mode from battles where id = ${battleId} for share`;
  return row;
}

/**
 * Keeps a player's best: more tests passed replaces it (and dates it); a full pass sets
 * finished_at once. Returns the player's row after the update.
 */
export async function recordBest(sql: Queryable, result: { battleId: string; userId: string; passed: number; total: number; reachedAt: Date }) {
  const [row] = await sql<{ passed: number; total: number; finishedAt: Date | null }[]>`
    update battle_players set
      passed_at = case when ${result.passed} > passed then ${result.reachedAt} else passed_at end,
      total = greatest(total, ${result.total}),
      finished_at = case when ${result.total} > 0 and ${result.passed} = ${result.total} then coalesce(finished_at, ${result.reachedAt}) else finished_at end,
      passed = greatest(passed, ${result.passed})
    where battle_id = ${result.battleId} and user_id = ${result.userId}
    returning passed, total, finished_at`;
  return row;
}

export interface Standing {
  userId: string;
  username: string;
  passed: number;
  passedAt: Date | null;
  finishedAt: Date | null;
}

export async function findStandings(sql: Queryable, battleId: string): Promise<Standing[]> {
  return sql<Standing[]>`
    select p.user_id, u.username, p.passed, p.passed_at, p.finished_at
    from battle_players p join users u on u.id = p.user_id
    where p.battle_id = ${battleId}`;
}

/** The database's half of "a battle ends once". */
export async function markFinished(sql: Queryable, battleId: string, winnerId: string | null): Promise<boolean> {
  const rows = await sql`
    update battles set status = 'finished', finished_at = now(), winner_id = ${winnerId}
    where id = ${battleId} and status = 'running' returning id`;
  return rows.length > 0;
}

export async function setRank(sql: Queryable, battleId: string, userId: string, rank: number): Promise<void> {
  await sql`update battle_players set rank = ${rank} where battle_id = ${battleId} and user_id = ${userId}`;
}

/** Running battles past their end, for the sweep that backs up the deadline jobs. */
export async function findOverdue(sql: Queryable, graceSeconds: number): Promise<string[]> {
  const rows = await sql<{ id: string }[]>`
    select id from battles where status = 'running' and ends_at < now() - make_interval(secs => ${graceSeconds}) limit 100`;
  return rows.map((r) => r.id);
}
