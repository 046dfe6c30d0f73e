import assert from 'node:assert/strict';
import { Hono } from 'hono';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { createLogger } from '../logger/logger.ts';
import { handleError } from './error-handler.ts';
import { jsonBody } from './json-body.ts';
import { requestContext, type RequestEnv } from './request-context.ts';

const Greeting = z.strictObject({ name: z.string().min(1) });

const app = new Hono<RequestEnv>()
  .use(requestContext({ logger: createLogger({ service: 'test', level: 'silent' }) }))
  .post('/small', async (c) => c.json(await jsonBody(c, Greeting, { maxBytes: 1024 })))
  .post('/mebibyte', async (c) => c.json(await jsonBody(c, Greeting, { maxBytes: 1024 * 1024 })))
  .post('/any-type', async (c) => c.json(await jsonBody(c, Greeting, { anyContentType: true })));
app.onError(handleError);

const post = (path: string, body: string, type = 'application/json') => app.request(path, { method: 'POST', headers: { 'content-type': type }, body });
const detail = async (response: Response) => ((await response.json()) as { detail: string }).detail;

describe('jsonBody', () => {
  it('returns the parsed body when it matches the schema', async () => {
    assert.deepEqual(await (await post('/small', '{"name":"ada"}')).json(), { name: 'ada' });
  });

  it('answers 415 for a body that is not declared JSON, unless the route reads any type', async () => {
    assert.equal((await post('/small', '{"name":"ada"}', 'text/plain')).status, 415);
    assert.equal((await post('/any-type', '{"name":"ada"}', 'text/plain')).status, 200);
  });

  it('accepts JSON subtypes such as application/merge-patch+json', async () => {
    assert.equal((await post('/small', '{"name":"ada"}', 'application/merge-patch+json; charset=utf-8')).status, 200);
  });

  it('answers 413 for a body over the limit, naming the limit', async () => {
    const response = await post('/small', JSON.stringify({ name: 'a'.repeat(1100) }));
    assert.equal(response.status, 413);
    assert.equal(await detail(response), 'The body exceeds 1 KiB.');
    const big = await post('/mebibyte', JSON.stringify({ name: 'a'.repeat(1024 * 1024) }));
    assert.equal(big.status, 413);
    assert.equal(await detail(big), 'The body exceeds 1 MiB.');
  });

  it('counts bytes, not characters', async () => {
    assert.equal((await post('/small', JSON.stringify({ name: 'é'.repeat(600) }))).status, 413);
  });

  it('answers 400 for malformed JSON and for fields the schema does not know', async () => {
    assert.match(await detail(await post('/small', '{"name":')), /^The body is not valid JSON/);
    const unknown = await post('/small', '{"name":"ada","admin":true}');
    assert.equal(unknown.status, 400);
    assert.match(await detail(unknown), /^The request body is invalid/);
  });
});
