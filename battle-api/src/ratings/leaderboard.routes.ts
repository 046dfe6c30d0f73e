import { Hono } from 'hono';
import { RatingBoard } from '@eduscale/contracts';
import { z } from 'zod';
import type { SessionEnv } from '@eduscale/server-kit/sessions';
import { parseWith } from '@eduscale/server-kit/http';
import type { RatingLeaderboardService } from './leaderboard.ts';

// `board` arrives when NGINX routes the public `GET /api/leaderboard?board=rating|season` here.
const Query = z.strictObject({ board: RatingBoard.default('rating'), limit: z.coerce.number().int().min(1).max(100).default(20) });

/** Public, like the points board: registered before `/battles/:id` so the id route does not take it. */
export function leaderboardRoutes(deps: { leaderboard: RatingLeaderboardService }) {
  return new Hono<SessionEnv>().get('/battles/leaderboard', async (c) => {
    const query = parseWith(Query, c.req.query(), 'query');
    return c.json(await deps.leaderboard.top(query.board, query.limit));
  });
}
