import { BattleSubmissionRequest, CreateBattleRequest } from '@eduscale/contracts';
import { MAX_SUBMISSION_BODY_BYTES } from '@eduscale/contracts';
import { Hono } from 'hono';
import { requireUser, sessionTokenOf, type SessionEnv } from '@eduscale/server-kit/sessions';
import { jsonBody } from '@eduscale/server-kit/http';
import type { BattlePlay } from './battle-play.service.ts';
import type { BattleService } from './battles.service.ts';

export function battleRoutes(deps: { battles: BattleService; play: BattlePlay }) {
  return new Hono<SessionEnv>()
    .get('/battles', async (c) => c.json(await deps.battles.list(requireUser(c))))
    // Before `/battles/:id`, which would take it.
    .get('/battles/online', async (c) => {
      requireUser(c);
      return c.json(await deps.battles.online());
    })
    .post('/battles', async (c) => {
      const user = requireUser(c);
      return c.json(await deps.battles.create(user, await jsonBody(c, CreateBattleRequest)), 201);
    })
    .post('/battles/:id/start', async (c) => c.json(await deps.battles.start(requireUser(c), c.req.param('id'))))
    .post('/battles/:id/submissions', async (c) => {
      const user = requireUser(c);
      // As programming-api takes it: the code's own size (MAX_CODE_BYTES) is checked by the service, as a 413.
      const body = await jsonBody(c, BattleSubmissionRequest, { maxBytes: MAX_SUBMISSION_BODY_BYTES });
      // The session was resolved from this cookie, so it is there.
      const token = sessionTokenOf(c) ?? '';
      return c.json(await deps.play.submit(user, token, c.req.param('id'), body), 202);
    })
    .get('/battles/:id', async (c) => c.json(await deps.battles.get(requireUser(c), c.req.param('id'))))
    .delete('/battles/:id', async (c) => {
      await deps.battles.cancel(requireUser(c), c.req.param('id'));
      return c.body(null, 204);
    });
}
