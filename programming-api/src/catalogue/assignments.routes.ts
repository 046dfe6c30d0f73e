import { Slug } from '@eduscale/contracts';
import { Hono } from 'hono';
import type { SessionEnv } from '@eduscale/server-kit/sessions';
import { parseWith } from '@eduscale/server-kit/http';
import { sharedJson } from '../http/shared-json.ts';
import type { AssignmentService } from './assignments.service.ts';

export function assignmentRoutes(deps: { assignments: AssignmentService }) {
  return new Hono<SessionEnv>()
    .get('/assignments', async (c) => sharedJson(c, await deps.assignments.list()))
    .get('/assignments/:slug', async (c) => {
      const slug = parseWith(Slug, c.req.param('slug'), 'assignment slug');
      return sharedJson(c, await deps.assignments.get(slug));
    });
}
