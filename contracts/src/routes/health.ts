import { createRoute } from '@hono/zod-openapi';
import { Health } from '../health.ts';
import { jsonResponse, problem } from './responses.ts';

/** Postgres and Redis readiness, as programming-api (public, `/api/health`) and battle-api answer it. */
export const healthRoute = createRoute({
  method: 'get',
  path: '/health',
  tags: ['health'],
  summary: 'Readiness of Postgres and Redis',
  responses: { 200: jsonResponse(Health, 'Both answer'), 503: problem('A dependency is down (`checks` says which)') },
});
