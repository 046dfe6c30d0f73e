import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { edge } from '../../test/edge.ts';
import { createTestApp } from '../../test/app-harness.ts';
import { documentedRoutes } from './openapi.ts';

describe('the OpenAPI document', () => {
  it('is served through NGINX as OpenAPI 3.1', async () => {
    const response = await edge('/api/openapi.json');
    assert.equal(response.status, 200);
    assert.equal(response.body.openapi, '3.1.0');
    const register = response.body.paths['/api/auth/register'].post;
    assert.deepEqual(register.requestBody.content['application/json'].schema.required.sort(), ['password', 'username']);
    assert.equal(register.requestBody.content['application/json'].schema.properties.username.maxLength, 32);
  });

  it('documents every public route the app serves, and nothing it does not', async () => {
    const { app, close } = await createTestApp();
    try {
      const served = new Set(app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/')).map((r) => `${r.method} ${r.path}`));
      assert.deepEqual([...served].sort(), documentedRoutes().sort());
    } finally {
      await close();
    }
  });
});
