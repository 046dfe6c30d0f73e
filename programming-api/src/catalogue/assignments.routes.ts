import { OpenAPIHono } from '@hono/zod-openapi';
import { assignmentRoutes as routes } from '@eduscale/contracts/routes';
import { rejectInvalidInput, withChecks } from '@eduscale/server-kit/http';
import type { SessionEnv } from '@eduscale/server-kit/sessions';
import { sharedJson } from '../http/shared-json.ts';
import type { AssignmentService } from './assignments.service.ts';

export function assignmentRoutes(deps: { assignments: AssignmentService }) {
  return new OpenAPIHono<SessionEnv>({ defaultHook: rejectInvalidInput })
    .openapi(withChecks(routes.list), async (c) => sharedJson(c, await deps.assignments.list()))
    .openapi(withChecks(routes.get), async (c) => sharedJson(c, await deps.assignments.get(c.req.valid('param').slug)));
}
