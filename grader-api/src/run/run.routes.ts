import { RunRequest } from '@eduscale/contracts';
import { Hono } from 'hono';
import { jsonBody } from '../http/json-body.ts';
import type { RunService } from './run.service.ts';

export function runRoutes(deps: { runs: RunService }) {
  // X-User-Id is set by NGINX from its session check (a client's own header never gets through).
  return new Hono().post('/run', async (c) => c.json(await deps.runs.run(await jsonBody(c, RunRequest), { user: c.req.header('x-user-id') || undefined })));
}
