import { OpenAPIHono } from '@hono/zod-openapi';
import { MAX_SUBMISSION_BODY_BYTES } from '@eduscale/contracts';
import { assessmentRoutes as routes } from '@eduscale/contracts/routes';
import { rejectInvalidInput, withChecks } from '@eduscale/server-kit/http';
import { requireUser, type SessionEnv } from '@eduscale/server-kit/sessions';
import type { AssessmentService } from './assessments.service.ts';

export function assessmentRoutes(deps: { assessments: AssessmentService }) {
  const { assessments } = deps;
  return (
    new OpenAPIHono<SessionEnv>({ defaultHook: rejectInvalidInput })
      .openapi(withChecks(routes.list), async (c) => c.json(await assessments.list(requireUser(c)), 200))
      // Before `/assessments/{id}`, which would take "attempts" for an id (and refuse it).
      .openapi(withChecks(routes.attempts), async (c) => c.json(await assessments.attempts(requireUser(c)), 200))
      .openapi(withChecks(routes.start), async (c) => c.json(await assessments.start(requireUser(c), c.req.valid('json').template), 201))
      .openapi(withChecks(routes.get), async (c) => c.json(await assessments.get(requireUser(c), c.req.valid('param').id), 200))
      .openapi(withChecks(routes.answer, { maxBodyBytes: MAX_SUBMISSION_BODY_BYTES }), async (c) => {
        const { id, question } = c.req.valid('param');
        return c.json(await assessments.answer(requireUser(c), id, question, c.req.valid('json')), 200);
      })
      .openapi(withChecks(routes.event), async (c) => {
        await assessments.event(requireUser(c), c.req.valid('param').id, c.req.valid('json'));
        return c.body(null, 204);
      })
      .openapi(withChecks(routes.finish), async (c) => c.json(await assessments.finish(requireUser(c), c.req.valid('param').id), 200))
      .openapi(withChecks(routes.report), async (c) => c.json(await assessments.report(requireUser(c), c.req.valid('param').id), 200))
  );
}
