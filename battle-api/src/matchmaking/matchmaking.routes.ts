import { QueueRequest } from '@eduscale/contracts';
import { Hono } from 'hono';
import { requireSignedIn } from '../accounts/session.service.ts';
import type { AppEnv } from '../http/request-context.ts';
import { jsonBody } from '../http/validate.ts';
import type { MatchmakingService } from './matchmaking.service.ts';

/** Registered before `/battles/:id` routes, so `queue` is never taken for an id. */
export function matchmakingRoutes(deps: { matchmaking: MatchmakingService }) {
  return new Hono<AppEnv>()
    .post('/battles/queue', async (c) => {
      const user = requireSignedIn(c.var.user);
      return c.json(await deps.matchmaking.enqueue(user, await jsonBody(c, QueueRequest)), 202);
    })
    .delete('/battles/queue', async (c) => {
      await deps.matchmaking.leave(requireSignedIn(c.var.user));
      return c.body(null, 204);
    });
}
