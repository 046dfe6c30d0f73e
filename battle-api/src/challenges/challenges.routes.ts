import { OpenAPIHono } from '@hono/zod-openapi';
import { battleRoutes } from '@eduscale/contracts/routes';
import { rejectInvalidInput } from '@eduscale/server-kit/http';
import { requireUser, type SessionEnv } from '@eduscale/server-kit/sessions';
import { mountedAt } from '../http/mounted-route.ts';
import type { ChallengeService } from './challenges.service.ts';

/** Mounted at `/battles`. */
export function challengeRoutes(deps: { challenges: ChallengeService }) {
  const { challenges } = deps;
  return new OpenAPIHono<SessionEnv>({ defaultHook: rejectInvalidInput })
    .openapi(mountedAt('/battles', battleRoutes.list), async (c) => c.json(await challenges.list(requireUser(c)), 200))
    .openapi(mountedAt('/battles', battleRoutes.create), async (c) => c.json(await challenges.create(requireUser(c), c.req.valid('json')), 201))
    .openapi(mountedAt('/battles', battleRoutes.start), async (c) => c.json(await challenges.start(requireUser(c), c.req.valid('param').id), 200))
    .openapi(mountedAt('/battles', battleRoutes.cancel), async (c) => {
      await challenges.cancel(requireUser(c), c.req.valid('param').id);
      return c.body(null, 204);
    });
}
