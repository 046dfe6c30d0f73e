import { INCREMENT_IF_PRESENT_LUA, POINTS_LEADERBOARD_KEY, POINTS_LEADERBOARD_TTL_SECONDS, type LeaderboardResponse } from '@eduscale/contracts';
import type { Redis, Sql } from '@eduscale/server-kit/deps';
import { pointsByUser } from './progress.repo.ts';

/** Top users by points from the Redis sorted set, rebuilt from Postgres when it is missing. */
export function createLeaderboard(deps: { sql: Sql; redis: Redis }) {
  const { sql, redis } = deps;

  async function rebuild(): Promise<void> {
    const rows = await pointsByUser(sql);
    const multi = redis.multi().del(POINTS_LEADERBOARD_KEY);
    if (rows.length > 0) {
      multi.zadd(POINTS_LEADERBOARD_KEY, ...rows.flatMap((row) => [row.points, row.username]));
      multi.expire(POINTS_LEADERBOARD_KEY, POINTS_LEADERBOARD_TTL_SECONDS);
    }
    await multi.exec();
  }

  return {
    async top(limit: number): Promise<LeaderboardResponse['items']> {
      if (!(await redis.exists(POINTS_LEADERBOARD_KEY))) await rebuild();
      const flat = await redis.zrevrange(POINTS_LEADERBOARD_KEY, 0, limit - 1, 'WITHSCORES');
      const items: LeaderboardResponse['items'] = [];
      for (let i = 0; i + 1 < flat.length; i += 2) {
        const [username = '', score] = [flat[i], flat[i + 1]];
        const points = Number(score);
        const previous = items.at(-1);
        // Equal points share a rank (1, 2, 2, 4).
        items.push({ rank: previous?.points === points ? previous.rank : items.length + 1, username, points });
      }
      return items;
    },

    /** After a commit that awarded points; a failure only delays the set until its rebuild. */
    async add(username: string, points: number): Promise<void> {
      await redis.eval(INCREMENT_IF_PRESENT_LUA, 1, POINTS_LEADERBOARD_KEY, points, username);
    },
  };
}

export type Leaderboard = ReturnType<typeof createLeaderboard>;
