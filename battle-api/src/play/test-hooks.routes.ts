import { Hono } from 'hono';
import { z } from 'zod';
import type { SessionEnv } from '@eduscale/server-kit/sessions';
import { jsonBody } from '@eduscale/server-kit/http';
import { BATTLE_ID } from '../http/mounted-route.ts';
import type { PlayService } from './play.service.ts';

const ProgressHook = z.strictObject({
  userId: z.uuid(),
  passed: z.number().int().min(0),
  total: z.number().int().min(0),
  status: z.string().min(1).max(40),
  finished: z.boolean().default(false),
});

/**
 * Test only (BATTLE_TEST_HOOKS=true, never routed by NGINX), mounted at `/internal/battles`:
 * stands in for the grading integration, feeding a player's submission progress into the
 * battle from this instance.
 */
export function testHookRoutes(deps: { play: PlayService }) {
  return new Hono<SessionEnv>().post(`/${BATTLE_ID}/progress`, async (c) => {
    const body = await jsonBody(c, ProgressHook);
    await deps.play.reportProgress({ battleId: c.req.param('id'), ...body });
    return c.body(null, 204);
  });
}
