import assert from 'node:assert/strict';
import { Hono } from 'hono';
import { describe, it } from 'node:test';
import { createLogger } from '../logger/logger.ts';
import { csrfProtection } from './csrf.ts';
import { handleError } from './error-handler.ts';
import { requestContext, type RequestEnv } from './request-context.ts';

const app = new Hono<RequestEnv>()
  .use(requestContext({ logger: createLogger({ service: 'test', level: 'silent' }) }))
  .use(csrfProtection({ publicOrigin: 'https://eduscale.example' }))
  .all('/thing', (c) => c.text('done'));
app.onError(handleError);

const send = (method: string, headers: Record<string, string>) => app.request('/thing', { method, headers: { host: 'api.internal:4000', ...headers } });

describe('CSRF protection', () => {
  it('lets safe methods through whatever their origin', async () => {
    assert.equal((await send('GET', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' })).status, 200);
  });

  it('refuses a POST the browser marks cross-site or same-site', async () => {
    for (const site of ['cross-site', 'same-site']) {
      const response = await send('POST', { 'sec-fetch-site': site });
      assert.equal(response.status, 403);
      assert.equal(response.headers.get('content-type'), 'application/problem+json');
    }
  });

  it('refuses a JSON POST from another origin (hono/csrf checks only form content types)', async () => {
    assert.equal((await send('POST', { origin: 'https://evil.example', 'content-type': 'application/json' })).status, 403);
  });

  it('refuses a DELETE from another origin', async () => {
    assert.equal((await send('DELETE', { origin: 'https://evil.example' })).status, 403);
  });

  it('refuses an Origin of "null" (sandboxed frames, data: URLs)', async () => {
    assert.equal((await send('POST', { origin: 'null' })).status, 403);
  });

  it('accepts the public origin and the origin matching Host', async () => {
    assert.equal((await send('POST', { origin: 'https://eduscale.example', 'sec-fetch-site': 'same-origin' })).status, 200);
    assert.equal((await send('PUT', { origin: 'http://api.internal:4000' })).status, 200);
  });

  it('accepts clients that are not browsers (no Origin, no Sec-Fetch-Site)', async () => {
    assert.equal((await send('POST', {})).status, 200);
  });
});
