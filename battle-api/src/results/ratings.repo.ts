import type { Queryable } from '@eduscale/server-kit/deps';
import type { Skill } from './openskill.ts';

export async function listRated(sql: Queryable): Promise<({ username: string } & Skill)[]> {
  return sql<({ username: string } & Skill)[]>`
    select u.username, r.mu, r.sigma from player_ratings r join users u on u.id = r.user_id where r.battles > 0`;
}

/** Every player's season points for `season` (`YYYY-MM`, UTC), or only those of `usernames`. */
export async function listSeasonPoints(sql: Queryable, season: string, usernames?: string[]): Promise<{ username: string; points: number }[]> {
  const [year, month] = season.split('-').map(Number);
  const from = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, 1));
  const to = new Date(Date.UTC(year ?? 1970, month ?? 1, 1));
  return sql<{ username: string; points: number }[]>`
    select u.username, sum(p.season_points)::int as points
    from battle_players p
    join battles b on b.id = p.battle_id
    join users u on u.id = p.user_id
    where b.status = 'finished' and b.finished_at >= ${from} and b.finished_at < ${to}
      ${usernames ? sql`and u.username in ${sql(usernames)}` : sql``}
    group by u.username`;
}

/** Locks the players' rating rows (in id order, so concurrent battles cannot deadlock). */
export async function lockRatings(sql: Queryable, userIds: string[]): Promise<Map<string, Skill>> {
  await sql`insert into player_ratings ${sql(userIds.map((userId) => ({ user_id: userId })))} on conflict do nothing`;
  const rows = await sql<({ userId: string } & Skill)[]>`
    select user_id, mu, sigma from player_ratings where user_id in ${sql(userIds)} order by user_id for update`;
  return new Map(rows.map((r) => [r.userId, { mu: r.mu, sigma: r.sigma }]));
}

/** Applies one battle's result to one player; the history's key makes a second application fail. */
export async function applyRating(sql: Queryable, change: { userId: string; battleId: string; before: Skill; after: Skill }): Promise<void> {
  await sql`
    insert into rating_history (user_id, battle_id, mu_before, sigma_before, mu_after, sigma_after)
    values (${change.userId}, ${change.battleId}, ${change.before.mu}, ${change.before.sigma}, ${change.after.mu}, ${change.after.sigma})`;
  await sql`
    update player_ratings set mu = ${change.after.mu}, sigma = ${change.after.sigma}, battles = battles + 1, updated_at = now()
    where user_id = ${change.userId}`;
}
