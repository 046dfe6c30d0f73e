import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { API_BASE_PATH, battleApiRoutes, graderApiRoutes, programmingApiRoutes } from '@eduscale/contracts/routes';
import { buildOpenApiDocument } from './openapi.ts';
import { openApiRoutes } from './openapi.routes.ts';

type Operation = { 'x-served-by': string; requestBody?: { content: Record<string, { schema: { required: string[]; properties: Record<string, { maxLength?: number }> } }> } };
const document = buildOpenApiDocument() as unknown as { openapi: string; paths: Record<string, Record<string, Operation>> };
const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, operation })));
const publicKey = (route: { method: string; path: string }) => `${route.method.toUpperCase()} ${API_BASE_PATH}${route.path}`;

describe('the OpenAPI document', () => {
  it('is served as OpenAPI 3.1, with the register body schema the route validates with', async () => {
    const response = await openApiRoutes().request('/openapi.json');
    assert.equal(response.status, 200);
    const served = (await response.json()) as typeof document;
    assert.equal(served.openapi, '3.1.0');
    const register = served.paths['/api/auth/register']!.post!.requestBody!.content['application/json']!.schema;
    assert.deepEqual(register.required.sort(), ['password', 'username']);
    assert.equal(register.properties.username!.maxLength, 32);
  });

  it('holds every route of the three services, each once, saying which one serves it', () => {
    const expected = [
      ...programmingApiRoutes.map((route) => `${publicKey(route)} programming-api`),
      ...battleApiRoutes.map((route) => `${publicKey(route)} battle-api`),
      ...graderApiRoutes.map((route) => `${publicKey(route)} grader-api`),
    ];
    assert.ok(programmingApiRoutes.length > 0 && battleApiRoutes.length > 0 && graderApiRoutes.length > 0);
    assert.deepEqual(operations.map(({ key, operation }) => `${key} ${operation['x-served-by']}`).sort(), expected.sort());
  });

  it('documents the public paths API.md names, under /api', () => {
    const keys = new Set(operations.map(({ key }) => key));
    for (const key of ['POST /api/run', 'GET /api/battles/{id}', 'POST /api/battles/queue', 'GET /api/leaderboard', 'GET /api/roadmaps/{slug}', 'GET /api/openapi.json']) {
      assert.ok(keys.has(key), key);
    }
  });
});
