import { Slug } from '@eduscale/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../http/request-context.ts';
import { sharedJson } from '../http/shared-json.ts';
import { parseWith } from '../http/validate.ts';
import type { AssignmentService } from './assignments.service.ts';

export function assignmentRoutes(deps: { assignments: AssignmentService }) {
  return new Hono<AppEnv>()
    .get('/assignments', async (c) => sharedJson(c, await deps.assignments.list()))
    .get('/assignments/:slug', async (c) => {
      const slug = parseWith(Slug, c.req.param('slug'), 'assignment slug');
      return sharedJson(c, await deps.assignments.get(slug));
    });
}
