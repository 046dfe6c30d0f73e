import { QueueRequest } from '@eduscale/contracts';
import { Hono } from 'hono';
import { requireUser, type SessionEnv } from '@eduscale/server-kit/sessions';
import { jsonBody } from '@eduscale/server-kit/http';
import type { MatchmakingService } from './matchmaking.service.ts';

/** Registered before `/battles/:id` routes, so `queue` is never taken for an id. */
export function matchmakingRoutes(deps: { matchmaking: MatchmakingService }) {
  return new Hono<SessionEnv>()
    .post('/battles/queue', async (c) => {
      const user = requireUser(c);
      return c.json(await deps.matchmaking.enqueue(user, await jsonBody(c, QueueRequest)), 202);
    })
    .delete('/battles/queue', async (c) => {
      await deps.matchmaking.leave(requireUser(c));
      return c.body(null, 204);
    });
}
