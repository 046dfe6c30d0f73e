import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { API_BASE_PATH, programmingApiRoutes } from '@eduscale/contracts/routes';
import { edge } from '@eduscale/test-kit/edge';
import { createTestApp } from './app-harness.ts';

const honoPath = (path: string) => `${API_BASE_PATH}${path.replace(/\{(\w+)\}/g, ':$1')}`;

describe('the OpenAPI document', () => {
  it('is served through NGINX as OpenAPI 3.1', async () => {
    const response = await edge('/api/openapi.json');
    assert.equal(response.status, 200);
    assert.equal(response.body.openapi, '3.1.0');
    assert.equal(response.body.paths['/api/auth/register'].post['x-served-by'], 'programming-api');
  });

  it('has a definition for every public route the app answers, and the app answers every definition', async () => {
    const { app, close } = await createTestApp();
    try {
      const served = new Set(app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith(`${API_BASE_PATH}/`)).map((r) => `${r.method} ${r.path}`));
      const defined = programmingApiRoutes.map((route) => `${route.method.toUpperCase()} ${honoPath(route.path)}`);
      assert.ok(defined.length > 20);
      assert.deepEqual([...served].sort(), defined.sort());
    } finally {
      await close();
    }
  });
});
