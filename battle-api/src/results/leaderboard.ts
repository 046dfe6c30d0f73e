import type { RatingBoard, RatingLeaderboard } from '@eduscale/contracts';
import type { Redis, Sql } from '@eduscale/server-kit/deps';
import { NEW_PLAYER, displayRating } from './openskill.ts';
import * as repo from './ratings.repo.ts';

/** The season a moment falls in: its calendar month, UTC (`YYYY-MM`). */
export const seasonOf = (at: Date) => at.toISOString().slice(0, 7);

/**
 * The live boards: Redis sorted sets of username → displayed rating, and per season username →
 * season points. Postgres is the record; a set is rebuilt from it whenever it is missing (a
 * flushed or new Redis). Updates write each player's total read from Postgres, not an
 * increment, so a retried or racing update cannot count a battle twice.
 */
export function createRatingLeaderboard(deps: { sql: Sql; redis: Redis; prefix: string }) {
  const { redis } = deps;
  const ratingKey = `${deps.prefix}:leaderboard:rating`;
  const seasonKey = (season: string) => `${deps.prefix}:leaderboard:season:${season}`;

  /** Built aside and renamed in: readers never see half a board. */
  async function replace(key: string, entries: { username: string; score: number }[]): Promise<void> {
    if (entries.length === 0) return;
    const staging = `${key}:rebuild:${process.pid}:${Date.now()}`;
    await redis.multi().del(staging).zadd(staging, ...entries.flatMap((e) => [String(e.score), e.username])).rename(staging, key).exec();
  }

  const rebuildRatings = async () => replace(ratingKey, (await repo.listRated(deps.sql)).map((r) => ({ username: r.username, score: displayRating(r) })));
  const rebuildSeason = async (season: string) =>
    replace(seasonKey(season), (await repo.listSeasonPoints(deps.sql, season)).map((r) => ({ username: r.username, score: r.points })));

  async function ensure(key: string, rebuild: () => Promise<void>): Promise<boolean> {
    if ((await redis.exists(key)) === 1) return true;
    await rebuild();
    return false;
  }

  return {
    /** After a battle: its players' new ratings, and their season totals (a rebuild already holds both). */
    async update(ratings: { username: string; rating: number }[], season: string): Promise<void> {
      if (await ensure(ratingKey, rebuildRatings)) await redis.zadd(ratingKey, ...ratings.flatMap((r) => [String(r.rating), r.username]));
      if (await ensure(seasonKey(season), () => rebuildSeason(season))) {
        const totals = await repo.listSeasonPoints(deps.sql, season, ratings.map((r) => r.username));
        if (totals.length > 0) await redis.zadd(seasonKey(season), ...totals.flatMap((t) => [String(t.points), t.username]));
      }
    },

    async top(board: RatingBoard, limit: number): Promise<RatingLeaderboard> {
      const season = seasonOf(new Date());
      await Promise.all([ensure(ratingKey, rebuildRatings), ensure(seasonKey(season), () => rebuildSeason(season))]);
      const [byKey, otherKey] = board === 'rating' ? [ratingKey, seasonKey(season)] : [seasonKey(season), ratingKey];
      const flat = await redis.zrevrange(byKey, 0, limit - 1, 'WITHSCORES');
      const usernames = flat.filter((_, i) => i % 2 === 0);
      const others = usernames.length > 0 ? await redis.zmscore(otherKey, ...usernames) : [];
      const items = usernames.map((username, i) => {
        const score = Number(flat[i * 2 + 1]);
        const other = others[i] === null || others[i] === undefined ? undefined : Number(others[i]);
        return board === 'rating'
          ? { rank: i + 1, username, rating: score, seasonPoints: other ?? 0 }
          : { rank: i + 1, username, rating: other ?? displayRating(NEW_PLAYER), seasonPoints: score };
      });
      return { board, season, items };
    },
  };
}

export type RatingLeaderboardService = ReturnType<typeof createRatingLeaderboard>;
