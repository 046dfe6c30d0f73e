import { OpenAPIHono } from '@hono/zod-openapi';
import { openApiDocumentRoute } from '@eduscale/contracts/routes';
import { rejectInvalidInput, withChecks } from '@eduscale/server-kit/http';
import type { SessionEnv } from '@eduscale/server-kit/sessions';
import { buildOpenApiDocument } from './openapi.ts';

export function openApiRoutes() {
  const document = buildOpenApiDocument();
  return new OpenAPIHono<SessionEnv>({ defaultHook: rejectInvalidInput }).openapi(withChecks(openApiDocumentRoute), (c) => c.json(document, 200));
}
