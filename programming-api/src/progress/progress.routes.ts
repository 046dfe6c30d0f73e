import { Hono } from 'hono';
import { z } from 'zod';
import { requireUser, type SessionEnv } from '@eduscale/server-kit/sessions';
import { parseWith } from '@eduscale/server-kit/http';
import type { Leaderboard } from './leaderboard.ts';
import type { ProgressService } from './progress.service.ts';

export const LeaderboardQuery = z.strictObject({
  board: z.enum(['points']).default('points'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export function progressRoutes(deps: { progress: ProgressService; leaderboard: Leaderboard }) {
  return new Hono<SessionEnv>()
    .get('/me/progress', async (c) => c.json(await deps.progress.of(requireUser(c))))
    .get('/leaderboard', async (c) => {
      const query = parseWith(LeaderboardQuery, c.req.query(), 'query');
      return c.json({ items: await deps.leaderboard.top(query.limit) });
    });
}
