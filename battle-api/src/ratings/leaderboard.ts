import type { RatingLeaderboard } from '@eduscale/contracts';
import type { Sql } from '../db.ts';
import type { Redis } from '../redis.ts';
import { displayRating } from './openskill.ts';
import * as repo from './ratings.repo.ts';

/**
 * The live rating board: a Redis sorted set of username → displayed rating. Postgres is the
 * record; the set is rebuilt from it whenever it is missing (a flushed or new Redis).
 */
export function createRatingLeaderboard(deps: { sql: Sql; redis: Redis; prefix: string }) {
  const key = `${deps.prefix}:leaderboard:rating`;

  async function rebuild(): Promise<void> {
    const rows = await repo.listRated(deps.sql);
    if (rows.length === 0) return;
    const staging = `${key}:rebuild:${process.pid}:${Date.now()}`;
    const args = rows.flatMap((r) => [String(displayRating(r)), r.username]);
    // Built aside and renamed in: readers never see half a board.
    await deps.redis.multi().del(staging).zadd(staging, ...args).rename(staging, key).exec();
  }

  return {
    /** After a battle: its players' new ratings (a rebuild when the set is missing already holds them). */
    async update(ratings: { username: string; rating: number }[]): Promise<void> {
      if ((await deps.redis.exists(key)) === 0) return rebuild();
      await deps.redis.zadd(key, ...ratings.flatMap((r) => [String(r.rating), r.username]));
    },

    async top(limit: number): Promise<RatingLeaderboard> {
      if ((await deps.redis.exists(key)) === 0) await rebuild();
      const flat = await deps.redis.zrevrange(key, 0, limit - 1, 'WITHSCORES');
      const items: RatingLeaderboard['items'] = [];
      for (let i = 0; i + 1 < flat.length; i += 2) items.push({ rank: i / 2 + 1, username: flat[i] ?? '', rating: Number(flat[i + 1]) });
      return { items };
    },
  };
}

export type RatingLeaderboardService = ReturnType<typeof createRatingLeaderboard>;
