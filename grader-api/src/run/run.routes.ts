import { RunRequest } from '@eduscale/contracts';
import { jsonBody, type RequestEnv } from '@eduscale/server-kit/http';
import { Hono } from 'hono';
import type { RunService } from './run.service.ts';

/** Code is capped by the run service (413 naming the field); this is the whole body's ceiling. */
const MAX_RUN_BODY_BYTES = 1024 * 1024;

export function runRoutes(deps: { runs: RunService }) {
  // X-User-Id is set by NGINX from its session check (a client's own header never gets through).
  return new Hono<RequestEnv>().post('/run', async (c) => {
    const request = await jsonBody(c, RunRequest, { maxBytes: MAX_RUN_BODY_BYTES, anyContentType: true });
    return c.json(await deps.runs.run(request, { user: c.req.header('x-user-id') || undefined }));
  });
}
