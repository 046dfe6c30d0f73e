import assert from 'node:assert/strict';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { ConflictError, TooManyRequestsError } from '../errors/common-errors.ts';
import { createLogger } from '../logger/logger.ts';
import { handleError, handleNotFound } from './error-handler.ts';
import { requestContext, type RequestEnv } from './request-context.ts';
import { parseWith } from './validate.ts';

const logged: Record<string, unknown>[] = [];
const logger = createLogger({ service: 'test', level: 'warn', destination: { write: (line: string) => void logged.push(JSON.parse(line)) } });

const app = new Hono<RequestEnv>()
  .use(requestContext({ logger, logRequests: false }))
  .get('/conflict', () => {
    throw new ConflictError('That name is taken.');
  })
  .get('/slow-down', () => {
    throw new TooManyRequestsError('Wait a little.', 2.5);
  })
  .get('/invalid', (c) => c.json(parseWith(z.object({ limit: z.coerce.number().int().max(100) }), c.req.query(), 'query')))
  .get('/database-away', () => {
    throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
  })
  .get('/teapot', () => {
    throw new HTTPException(418, { message: 'I am a teapot' });
  })
  .get('/bug', () => {
    throw new TypeError('secret internals at /srv/app.ts:12');
  });
app.onError(handleError);
app.notFound(handleNotFound);

async function problem(path: string, headers: Record<string, string> = {}) {
  const response = await app.request(path, { headers: { 'x-request-id': 'trace-me', ...headers } });
  assert.equal(response.headers.get('content-type'), 'application/problem+json');
  return { response, body: (await response.json()) as Record<string, unknown> };
}

describe('the problem+json error handler', () => {
  it('writes a domain error as its status, type, title and detail, with the request id', async () => {
    const { response, body } = await problem('/conflict');
    assert.equal(response.status, 409);
    assert.deepEqual(body, { type: 'https://eduscale.dev/problems/conflict', title: 'Conflict', status: 409, detail: 'That name is taken.', requestId: 'trace-me' });
  });

  it('sends the headers an error carries (Retry-After)', async () => {
    const { response } = await problem('/slow-down');
    assert.equal(response.status, 429);
    assert.equal(response.headers.get('retry-after'), '3');
  });

  it('answers a zod failure with 400 listing each bad field', async () => {
    const { response, body } = await problem('/invalid?limit=1000');
    assert.equal(response.status, 400);
    assert.deepEqual((body.errors as { path: string }[]).map((e) => e.path), ['limit']);
  });

  it('answers an unreachable dependency with 503', async () => {
    const { response, body } = await problem('/database-away');
    assert.equal(response.status, 503);
    assert.equal(body.type, 'https://eduscale.dev/problems/dependency-unavailable');
  });

  it("keeps hono's own HTTP exceptions' status", async () => {
    assert.equal((await problem('/teapot')).response.status, 418);
  });

  it('answers a bug with a generic 500 and the request id, logging the stack and sending none', async () => {
    logged.length = 0;
    const { response, body } = await problem('/bug');
    assert.equal(response.status, 500);
    assert.equal(body.requestId, 'trace-me');
    assert.doesNotMatch(JSON.stringify(body), /secret internals|TypeError/);
    assert.equal(logged.length, 1);
    assert.match(JSON.stringify(logged[0]), /secret internals/);
    assert.equal(logged[0]!.reqId, 'trace-me');
  });

  it('answers an unknown route with 404 naming it, with a request id made up when NGINX sent none', async () => {
    const response = await app.request('/nowhere', { method: 'DELETE' });
    const body = (await response.json()) as Record<string, unknown>;
    assert.equal(response.status, 404);
    assert.equal(body.detail, 'No route for DELETE /nowhere');
    assert.match(String(body.requestId), /^[0-9a-f-]{36}$/);
    assert.equal(response.headers.get('x-request-id'), body.requestId);
  });

  it('refuses a request id that is not sane and makes one', async () => {
    const { body } = await problem('/conflict', { 'x-request-id': 'two words\n' });
    assert.match(String(body.requestId), /^[0-9a-f-]{36}$/);
  });
});
