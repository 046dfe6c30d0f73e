import { OpenAPIHono } from '@hono/zod-openapi';
import { pointsLeaderboardRoute, progressRoute } from '@eduscale/contracts/routes';
import { rejectInvalidInput, withChecks } from '@eduscale/server-kit/http';
import { requireUser, type SessionEnv } from '@eduscale/server-kit/sessions';
import type { Leaderboard } from './leaderboard.ts';
import type { ProgressService } from './progress.service.ts';

export function progressRoutes(deps: { progress: ProgressService; leaderboard: Leaderboard }) {
  return new OpenAPIHono<SessionEnv>({ defaultHook: rejectInvalidInput })
    .openapi(withChecks(progressRoute), async (c) => c.json(await deps.progress.of(requireUser(c)), 200))
    .openapi(withChecks(pointsLeaderboardRoute), async (c) => c.json({ items: await deps.leaderboard.top(c.req.valid('query').limit) }, 200));
}
