import { OpenAPIHono } from '@hono/zod-openapi';
import { runRoute } from '@eduscale/contracts/routes';
import { rejectInvalidInput, withChecks, type RequestEnv } from '@eduscale/server-kit/http';
import type { RunService } from './run.service.ts';

/** Code is capped by the run service (413 naming the field); this is the whole body's ceiling. */
const MAX_RUN_BODY_BYTES = 1024 * 1024;

export function runRoutes(deps: { runs: RunService }) {
  // NGINX checked the session (its auth_request to programming-api) and sets X-User-Id from it:
  // a client's own header never gets through.
  return new OpenAPIHono<RequestEnv>({ defaultHook: rejectInvalidInput }).openapi(withChecks(runRoute, { session: false, maxBodyBytes: MAX_RUN_BODY_BYTES }), async (c) =>
    c.json(await deps.runs.run(c.req.valid('json'), { user: c.req.header('x-user-id') || undefined }), 200),
  );
}
