import { OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import { API_BASE_PATH, battleApiRoutes, graderApiRoutes, programmingApiRoutes } from '@eduscale/contracts/routes';
import { SESSION_COOKIE } from '@eduscale/server-kit/sessions';

/** Which service answers each public route through NGINX: every definition in contracts, once. */
const PUBLIC_ROUTES: Record<string, RouteConfig[]> = { 'programming-api': programmingApiRoutes, 'battle-api': battleApiRoutes, 'grader-api': graderApiRoutes };

/** The public OpenAPI 3.1 document, generated from the route definitions the three services serve. */
export function buildOpenApiDocument() {
  const document = new OpenAPIHono();
  const registry = document.openAPIRegistry;
  registry.registerComponent('securitySchemes', 'session', { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE });
  for (const [service, routes] of Object.entries(PUBLIC_ROUTES)) {
    for (const route of routes) registry.registerPath({ ...route, path: `${API_BASE_PATH}${route.path}`, 'x-served-by': service });
  }
  const generated = document.getOpenAPI31Document({
    openapi: '3.1.0',
    info: { title: 'EduScale public API', version: '1.0.0', description: 'The public HTTP contract, served through NGINX on one origin.' },
  });
  return { ...generated, jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema' };
}
