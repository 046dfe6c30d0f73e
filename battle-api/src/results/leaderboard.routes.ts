import { OpenAPIHono } from '@hono/zod-openapi';
import { ratingLeaderboardRoute } from '@eduscale/contracts/routes';
import { rejectInvalidInput } from '@eduscale/server-kit/http';
import type { SessionEnv } from '@eduscale/server-kit/sessions';
import { mountedAt } from '../http/mounted-route.ts';
import type { RatingLeaderboardService } from './leaderboard.ts';

/**
 * Mounted at `/battles/leaderboard`; public, like the points board. `board` arrives when NGINX
 * routes the public `GET /api/leaderboard?board=rating|season` here.
 */
export function leaderboardRoutes(deps: { leaderboard: RatingLeaderboardService }) {
  return new OpenAPIHono<SessionEnv>({ defaultHook: rejectInvalidInput }).openapi(mountedAt('/battles/leaderboard', ratingLeaderboardRoute), async (c) => {
    const query = c.req.valid('query');
    return c.json(await deps.leaderboard.top(query.board, query.limit), 200);
  });
}
