import { OpenAPIHono } from '@hono/zod-openapi';
import { roadmapRoutes as routes } from '@eduscale/contracts/routes';
import { rejectInvalidInput, withChecks } from '@eduscale/server-kit/http';
import { requireUser, type SessionEnv } from '@eduscale/server-kit/sessions';
import type { RoadmapService } from './roadmaps.service.ts';

/** Reading is public (a guest sees the fresh state); enrolling and marking need a session. */
export function roadmapRoutes(deps: { roadmaps: RoadmapService }) {
  return new OpenAPIHono<SessionEnv>({ defaultHook: rejectInvalidInput })
    .openapi(withChecks(routes.list), async (c) => c.json(await deps.roadmaps.list(c.var.user), 200))
    .openapi(withChecks(routes.get), async (c) => c.json(await deps.roadmaps.detail(c.req.valid('param').slug, c.var.user), 200))
    .openapi(withChecks(routes.node), async (c) => {
      const { slug, id } = c.req.valid('param');
      return c.json(await deps.roadmaps.node(slug, id, c.var.user), 200);
    })
    .openapi(withChecks(routes.enrol), async (c) => c.json(await deps.roadmaps.enrol(requireUser(c), c.req.valid('param').slug), 200))
    .openapi(withChecks(routes.leave), async (c) => {
      await deps.roadmaps.leave(requireUser(c), c.req.valid('param').slug);
      return c.body(null, 204);
    })
    .openapi(withChecks(routes.mark), async (c) => {
      const { slug, id } = c.req.valid('param');
      return c.json(await deps.roadmaps.mark(requireUser(c), slug, id, c.req.valid('json')), 200);
    });
}
