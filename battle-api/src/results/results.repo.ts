import type { BattleEndReason } from '@eduscale/contracts';
import type { Queryable } from '@eduscale/server-kit/deps';

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

/** Finished gradings of running battles' submissions nobody has applied (their follower died). */
export async function findUnappliedDone(sql: Queryable, quietSeconds: number): Promise<{ battleId: string; submissionId: string; username: string }[]> {
  return sql<{ battleId: string; submissionId: string; username: string }[]>`
    select bs.battle_id, bs.submission_id, u.username
    from battle_submissions bs
    join battles b on b.id = bs.battle_id and b.status = 'running'
    join gradings g on g.id = bs.grading_id
    join users u on u.id = bs.user_id
    where bs.applied_at is null and g.status = 'done' and g.finished_at < now() - make_interval(secs => ${quietSeconds})
    order by g.finished_at
    limit 100`;
}

export interface LockedBattle {
  status: string;
  mode: string;
  endsAt: Date | null;
  pausedAt: Date | null;
  /** ends_at has passed (by the database's clock). */
  due: boolean;
}

/** Locks the battle row: applying results shares it, ending takes it exclusively. */
export async function lockBattle(sql: Queryable, battleId: string, mode: 'share' | 'update'): Promise<LockedBattle | undefined> {
  const lock = mode === 'update' ? sql`for update` : sql`for share`;
  const [row] = await sql<LockedBattle[]>`
    select status, mode, ends_at, paused_at, coalesce(ends_at <= now(), false) as due from battles where id = ${battleId} ${lock}`;
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
  forfeitedAt: Date | null;
  /** When they accepted or joined; null for a player who never did. */
  presentAt: Date | null;
}

export async function findStandings(sql: Queryable, battleId: string): Promise<Standing[]> {
  return sql<Standing[]>`
    select p.user_id, u.username, p.passed, p.passed_at, p.finished_at, p.forfeited_at, p.present_at
    from battle_players p join users u on u.id = p.user_id
    where p.battle_id = ${battleId}`;
}

/** The database's half of "a battle ends once"; answers the season (`YYYY-MM`, UTC) it ended in. */
export async function markFinished(sql: Queryable, battleId: string, result: { winnerId: string | null; reason: BattleEndReason }): Promise<string | undefined> {
  const [row] = await sql<{ season: string }[]>`
    update battles set status = 'finished', finished_at = now(), winner_id = ${result.winnerId}, end_reason = ${result.reason}, paused_at = null
    where id = ${battleId} and status = 'running'
    returning to_char(finished_at at time zone 'UTC', 'YYYY-MM') as season`;
  return row?.season;
}

export async function setResult(sql: Queryable, battleId: string, player: { userId: string; rank: number; seasonPoints: number }): Promise<void> {
  await sql`
    update battle_players set rank = ${player.rank}, season_points = ${player.seasonPoints}
    where battle_id = ${battleId} and user_id = ${player.userId}`;
}

/** Marks the player as having left; false when they already had (or are not a player). */
export async function markForfeited(sql: Queryable, battleId: string, userId: string): Promise<boolean> {
  const rows = await sql`
    update battle_players set forfeited_at = now()
    where battle_id = ${battleId} and user_id = ${userId} and forfeited_at is null returning user_id`;
  return rows.length > 0;
}
