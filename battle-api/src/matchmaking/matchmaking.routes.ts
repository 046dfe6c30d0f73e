import { OpenAPIHono } from '@hono/zod-openapi';
import { matchmakingRoutes as routes } from '@eduscale/contracts/routes';
import { rejectInvalidInput } from '@eduscale/server-kit/http';
import { requireUser, type SessionEnv } from '@eduscale/server-kit/sessions';
import { mountedAt } from '../http/mounted-route.ts';
import type { MatchmakingService } from './matchmaking.service.ts';

/** Mounted at `/battles/queue`. */
export function matchmakingRoutes(deps: { matchmaking: MatchmakingService }) {
  return new OpenAPIHono<SessionEnv>({ defaultHook: rejectInvalidInput })
    .openapi(mountedAt('/battles/queue', routes.join), async (c) => c.json(await deps.matchmaking.enqueue(requireUser(c), c.req.valid('json')), 202))
    .openapi(mountedAt('/battles/queue', routes.leave), async (c) => {
      await deps.matchmaking.leave(requireUser(c));
      return c.body(null, 204);
    });
}
