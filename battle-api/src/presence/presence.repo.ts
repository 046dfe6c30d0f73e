import type { Queryable } from '@eduscale/server-kit/deps';

/** Usernames and ratings of these users, and whether each is in a running battle now. */
export async function findPlayersById(sql: Queryable, userIds: string[]): Promise<{ userId: string; username: string; mu: number; sigma: number; inBattle: boolean }[]> {
  if (userIds.length === 0) return [];
  return sql<{ userId: string; username: string; mu: number; sigma: number; inBattle: boolean }[]>`
    select u.id as user_id, u.username, coalesce(r.mu, 25) as mu, coalesce(r.sigma, 25.0 / 3) as sigma,
      exists (select 1 from battle_players p join battles b on b.id = p.battle_id
              where p.user_id = u.id and b.status = 'running' and p.forfeited_at is null) as in_battle
    from users u left join player_ratings r on r.user_id = u.id
    where u.id in ${sql(userIds)}`;
}
