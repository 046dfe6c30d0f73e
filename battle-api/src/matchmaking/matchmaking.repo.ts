import type { Queryable } from '@eduscale/server-kit/deps';

/** The rating players see, μ − 3σ (0 for a player with no rating row yet). */
export async function conservativeRating(sql: Queryable, userId: string): Promise<number> {
  const [row] = await sql<{ rating: number }[]>`select mu - 3 * sigma as rating from player_ratings where user_id = ${userId}`;
  return row?.rating ?? 0;
}

export async function runningBattleOf(sql: Queryable, userId: string): Promise<string | undefined> {
  const [row] = await sql<{ id: string }[]>`
    select b.id from battle_players p join battles b on b.id = p.battle_id
    where p.user_id = ${userId} and b.status = 'running'
    limit 1`;
  return row?.id;
}
