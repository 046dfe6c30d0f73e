import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../http/request-context.ts';
import { parseWith } from '../http/validate.ts';
import type { RatingLeaderboardService } from './leaderboard.ts';

// `board=rating` arrives when NGINX routes the public `GET /api/leaderboard?board=rating` here.
const Query = z.strictObject({ board: z.literal('rating').optional(), limit: z.coerce.number().int().min(1).max(100).default(20) });

/** Public, like the points board: registered before `/battles/:id` so the id route does not take it. */
export function leaderboardRoutes(deps: { leaderboard: RatingLeaderboardService }) {
  return new Hono<AppEnv>().get('/battles/leaderboard', async (c) => c.json(await deps.leaderboard.top(parseWith(Query, c.req.query(), 'query').limit)));
}
