import { BattleSubmissionRequest, CreateBattleRequest } from '@eduscale/contracts';
import { MAX_SUBMISSION_BODY_BYTES } from '@eduscale/contracts';
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { SESSION_COOKIE, requireSignedIn } from '../accounts/session.service.ts';
import type { AppEnv } from '../http/request-context.ts';
import { jsonBody } from '../http/validate.ts';
import type { BattlePlay } from './battle-play.service.ts';
import type { BattleService } from './battles.service.ts';

export function battleRoutes(deps: { battles: BattleService; play: BattlePlay }) {
  return new Hono<AppEnv>()
    .get('/battles', async (c) => c.json(await deps.battles.list(requireSignedIn(c.var.user))))
    // Before `/battles/:id`, which would take it.
    .get('/battles/online', async (c) => {
      requireSignedIn(c.var.user);
      return c.json(await deps.battles.online());
    })
    .post('/battles', async (c) => {
      const user = requireSignedIn(c.var.user);
      return c.json(await deps.battles.create(user, await jsonBody(c, CreateBattleRequest)), 201);
    })
    .post('/battles/:id/start', async (c) => c.json(await deps.battles.start(requireSignedIn(c.var.user), c.req.param('id'))))
    .post('/battles/:id/submissions', async (c) => {
      const user = requireSignedIn(c.var.user);
      // As programming-api takes it: the code's own size (MAX_CODE_BYTES) is checked by the service, as a 413.
      const body = await jsonBody(c, BattleSubmissionRequest, MAX_SUBMISSION_BODY_BYTES);
      // The session was resolved from this cookie, so it is there.
      const token = getCookie(c, SESSION_COOKIE) ?? '';
      return c.json(await deps.play.submit(user, token, c.req.param('id'), body), 202);
    })
    .get('/battles/:id', async (c) => c.json(await deps.battles.get(requireSignedIn(c.var.user), c.req.param('id'))))
    .delete('/battles/:id', async (c) => {
      await deps.battles.cancel(requireSignedIn(c.var.user), c.req.param('id'));
      return c.body(null, 204);
    });
}
