import { Hono } from 'hono';
import type { SessionEnv } from '@eduscale/server-kit/sessions';
import { buildOpenApiDocument } from './openapi.ts';

export function openApiRoutes() {
  const document = buildOpenApiDocument();
  return new Hono<SessionEnv>().get('/openapi.json', (c) => c.json(document));
}
