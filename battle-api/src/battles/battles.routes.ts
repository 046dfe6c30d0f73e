import { CreateBattleRequest } from '@eduscale/contracts';
import { Hono } from 'hono';
import { requireSignedIn } from '../accounts/session.service.ts';
import type { AppEnv } from '../http/request-context.ts';
import { jsonBody } from '../http/validate.ts';
import type { BattleService } from './battles.service.ts';

export function battleRoutes(deps: { battles: BattleService }) {
  return new Hono<AppEnv>()
    .post('/battles', async (c) => {
      const user = requireSignedIn(c.var.user);
      return c.json(await deps.battles.create(user, await jsonBody(c, CreateBattleRequest)), 201);
    })
    .post('/battles/:id/start', async (c) => c.json(await deps.battles.start(requireSignedIn(c.var.user), c.req.param('id'))))
    .get('/battles/:id', async (c) => c.json(await deps.battles.get(requireSignedIn(c.var.user), c.req.param('id'))));
}
