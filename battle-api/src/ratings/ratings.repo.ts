import type { Queryable } from '../db.ts';
import type { Skill } from './openskill.ts';

export async function listRated(sql: Queryable): Promise<({ username: string } & Skill)[]> {
  return sql<({ username: string } & Skill)[]>`
    select u.username, r.mu, r.sigma from player_ratings r join users u on u.id = r.user_id where r.battles > 0`;
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
