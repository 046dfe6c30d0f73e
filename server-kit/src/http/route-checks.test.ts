import assert from 'node:assert/strict';
import { Hono, type MiddlewareHandler } from 'hono';
import { describe, it } from 'node:test';
import { createLogger } from '../logger/logger.ts';
import type { SessionEnv } from '../sessions/session.middleware.ts';
import { handleError } from './error-handler.ts';
import { requestContext } from './request-context.ts';
import { withChecks } from './route-checks.ts';

type Definition = { path: string; security?: unknown[]; request?: { body?: unknown }; middleware?: MiddlewareHandler[] };
const securedWithBody: Definition = { path: '/secured', security: [{ session: [] }], request: { body: {} } };
const middlewareOf = (route: Definition, checks = {}) => withChecks(route, checks).middleware ?? [];

// As OpenAPIHono runs a definition's middleware: before its validators, which read the body again.
const app = new Hono<SessionEnv>()
  .use(requestContext({ logger: createLogger({ service: 'test', level: 'silent' }) }))
  .use(async (c, next) => {
    c.set('user', c.req.header('x-test-user') ? { id: 'u1', username: 'ada' } : undefined);
    await next();
  })
  .use('/secured', ...middlewareOf(securedWithBody, { maxBodyBytes: 1024 }))
  .post('/secured', async (c) => c.json(await c.req.json()));
app.onError(handleError);

const post = (body: string, headers: Record<string, string> = {}) =>
  app.request('/secured', { method: 'POST', headers: { 'content-type': 'application/json', 'x-test-user': '1', ...headers }, body });
const detail = async (response: Response) => ((await response.json()) as { detail: string }).detail;

describe('withChecks', () => {
  it('asks for the session first: a signed-out caller gets 401 whatever the body', async () => {
    assert.equal((await post('{"name":', { 'x-test-user': '' })).status, 401);
  });

  it('then checks the JSON body as jsonBody does, leaving it to read again', async () => {
    assert.deepEqual(await (await post('{"name":"ada"}')).json(), { name: 'ada' });
    assert.equal((await post('{}', { 'content-type': 'text/plain' })).status, 415);
    assert.equal(await detail(await post(JSON.stringify({ name: 'a'.repeat(1100) }))), 'The body exceeds 1 KiB.');
    assert.match(await detail(await post('{"name":')), /^The body is not valid JSON/);
  });

  it('adds only what the definition calls for, and no session check where NGINX made it', () => {
    assert.equal(middlewareOf({ path: '/open' }).length, 0);
    assert.equal(middlewareOf({ path: '/secured', security: [{ session: [] }] }).length, 1);
    assert.equal(middlewareOf(securedWithBody, { session: false }).length, 1);
    assert.equal(middlewareOf(securedWithBody).length, 2);
  });

  it('refuses a definition that brings middleware of its own', () => {
    assert.throws(() => withChecks({ path: '/x', middleware: [] }), /already has middleware/);
  });
});
