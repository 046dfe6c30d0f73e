import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { RatingBoard, RatingLeaderboard } from '../battles.ts';
import { LeaderboardResponse } from '../submissions.ts';
import { problem, jsonResponse } from './responses.ts';

const Limit = (fallback: number) => z.coerce.number().int().min(1).max(100).default(fallback).meta({ description: `At most this many (1–100, default ${fallback})` });

/** `GET /api/leaderboard`: NGINX sends `board=rating|season` to battle-api's board, anything else here. */
export const PointsLeaderboardQuery = z.strictObject({
  board: z
    .enum(['points'])
    .default('points')
    .meta({ description: "`points` (default). `rating` and `season` (battle ratings, this season's battle points) are the battle servers' board, below" }),
  limit: Limit(50),
});

export const RatingLeaderboardQuery = z.strictObject({ board: RatingBoard.default('rating').meta({ description: '`rating` (default) or `season`' }), limit: Limit(20) });

/** Served by programming-api. */
export const pointsLeaderboardRoute = createRoute({
  method: 'get',
  path: '/leaderboard',
  tags: ['progress'],
  summary: 'Top users by points',
  request: { query: PointsLeaderboardQuery },
  responses: { 200: jsonResponse(LeaderboardResponse, 'The leaderboard'), 400: problem('Invalid board or limit') },
});

/** Served by battle-api; public as `GET /api/leaderboard?board=rating|season` too. */
export const ratingLeaderboardRoute = createRoute({
  method: 'get',
  path: '/battles/leaderboard',
  tags: ['battles'],
  summary: "Top players by battle rating (OpenSkill, shown as the conservative mu - 3 sigma), or by this season's points (a calendar month, UTC)",
  request: { query: RatingLeaderboardQuery },
  responses: { 200: jsonResponse(RatingLeaderboard, 'The board; every item has both rating and season points'), 400: problem('Invalid board or limit') },
});
