import type { BattleEndReason, BattleMode, BattleStatus } from '@eduscale/contracts';
import type { Queryable } from '@eduscale/server-kit/deps';
import type { Skill } from '../results/openskill.ts';

export interface BattleRow {
  id: string;
  mode: BattleMode;
  status: BattleStatus;
  assignment: string;
  startedAt: Date | null;
  endsAt: Date | null;
  pausedAt: Date | null;
  endReason: BattleEndReason | null;
  winner: string | null;
  challengerId: string | null;
}

export interface BattlePlayerRow {
  userId: string;
  username: string;
  mu: number;
  sigma: number;
  passed: number;
  total: number;
  finishedAt: Date | null;
  forfeitedAt: Date | null;
  /** Set when the battle ended; `before`/`after` only when it moved ratings (not a called-off battle). */
  rank: number | null;
  seasonPoints: number | null;
  before: Skill | null;
  after: Skill | null;
}

export async function findBattle(sql: Queryable, battleId: string): Promise<BattleRow | undefined> {
  const [row] = await sql<BattleRow[]>`
    select b.id, b.mode, b.status, a.slug as assignment, b.started_at, b.ends_at, b.paused_at, b.end_reason, w.username as winner, b.challenger_id
    from battles b
    join assignments a on a.id = b.assignment_id
    left join users w on w.id = b.winner_id
    where b.id = ${battleId}`;
  return row;
}

export async function findPlayers(sql: Queryable, battleId: string): Promise<BattlePlayerRow[]> {
  const rows = await sql<(Omit<BattlePlayerRow, 'before' | 'after'> & { muBefore: number | null; sigmaBefore: number | null; muAfter: number | null; sigmaAfter: number | null })[]>`
    select p.user_id, u.username, coalesce(r.mu, 25) as mu, coalesce(r.sigma, 25.0 / 3) as sigma, p.passed, p.total, p.finished_at, p.forfeited_at,
      p.rank, p.season_points, h.mu_before, h.sigma_before, h.mu_after, h.sigma_after
    from battle_players p
    join users u on u.id = p.user_id
    left join player_ratings r on r.user_id = p.user_id
    left join rating_history h on h.battle_id = p.battle_id and h.user_id = p.user_id
    where p.battle_id = ${battleId}
    order by p.joined_at, u.username`;
  return rows.map(({ muBefore, sigmaBefore, muAfter, sigmaAfter, ...row }) => ({
    ...row,
    before: muBefore === null || sigmaBefore === null ? null : { mu: muBefore, sigma: sigmaBefore },
    after: muAfter === null || sigmaAfter === null ? null : { mu: muAfter, sigma: sigmaAfter },
  }));
}

export async function isPlayer(sql: Queryable, battleId: string, userId: string): Promise<boolean> {
  const [row] = await sql`select 1 from battle_players where battle_id = ${battleId} and user_id = ${userId}`;
  return row !== undefined;
}

export async function countRunningBattles(sql: Queryable): Promise<number> {
  const [row] = await sql<{ count: number }[]>`select count(*)::int as count from battles where status = 'running'`;
  return row?.count ?? 0;
}

/** Records a player's progress; answers their username, or undefined when they are not in the battle. */
export async function updateProgress(
  sql: Queryable,
  progress: { battleId: string; userId: string; passed: number; total: number; finished: boolean },
): Promise<string | undefined> {
  const [row] = await sql<{ username: string }[]>`
    update battle_players p set passed = ${progress.passed}, total = ${progress.total},
      finished_at = case when ${progress.finished} then coalesce(p.finished_at, now()) else p.finished_at end
    from users u
    where p.battle_id = ${progress.battleId} and p.user_id = ${progress.userId} and u.id = p.user_id
    returning u.username`;
  return row?.username;
}

/** The programming-api submission's grading, if it is `userId`'s. */
export async function findSubmissionGrading(sql: Queryable, submissionId: string, userId: string): Promise<string | undefined> {
  const [row] = await sql<{ gradingId: string }[]>`select grading_id from submissions where id = ${submissionId} and user_id = ${userId}`;
  return row?.gradingId;
}

export async function findGradingStatus(sql: Queryable, gradingId: string): Promise<string | undefined> {
  const [row] = await sql<{ status: string }[]>`select status from gradings where id = ${gradingId}`;
  return row?.status;
}

export async function insertBattleSubmission(sql: Queryable, row: { submissionId: string; battleId: string; userId: string; gradingId: string }): Promise<void> {
  await sql`
    insert into battle_submissions (submission_id, battle_id, user_id, grading_id)
    values (${row.submissionId}, ${row.battleId}, ${row.userId}, ${row.gradingId})`;
}
