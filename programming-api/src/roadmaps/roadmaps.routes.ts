import { NodeId, RoadmapMarkRequest, Slug } from '@eduscale/contracts';
import { Hono } from 'hono';
import { jsonBody, parseWith } from '@eduscale/server-kit/http';
import { requireUser, type SessionEnv } from '@eduscale/server-kit/sessions';
import type { RoadmapService } from './roadmaps.service.ts';

/** Reading is public (a guest sees the fresh state); enrolling and marking need a session. */
export function roadmapRoutes(deps: { roadmaps: RoadmapService }) {
  const slugOf = (raw: string) => parseWith(Slug, raw, 'roadmap slug');
  const nodeOf = (raw: string) => parseWith(NodeId, raw, 'node id');
  return new Hono<SessionEnv>()
    .get('/', async (c) => c.json(await deps.roadmaps.list(c.var.user)))
    .get('/:slug', async (c) => c.json(await deps.roadmaps.detail(slugOf(c.req.param('slug')), c.var.user)))
    .get('/:slug/nodes/:id', async (c) => c.json(await deps.roadmaps.node(slugOf(c.req.param('slug')), nodeOf(c.req.param('id')), c.var.user)))
    .post('/:slug/enrol', async (c) => c.json(await deps.roadmaps.enrol(requireUser(c), slugOf(c.req.param('slug')))))
    .delete('/:slug/enrol', async (c) => {
      await deps.roadmaps.leave(requireUser(c), slugOf(c.req.param('slug')));
      return c.body(null, 204);
    })
    .put('/:slug/nodes/:id', async (c) => {
      const user = requireUser(c);
      const mark = await jsonBody(c, RoadmapMarkRequest);
      return c.json(await deps.roadmaps.mark(user, slugOf(c.req.param('slug')), nodeOf(c.req.param('id')), mark));
    });
}
