import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { createTestApp } from './app-harness.ts';

const { app, request, close } = await createTestApp();
after(() => close());

describe('observability', () => {
  it('keeps a sane request id from NGINX, or makes one, and returns it', async () => {
    const kept = await request('/api/assignments', { headers: { 'x-request-id': 'edge-abc123' } });
    assert.equal(kept.headers.get('x-request-id'), 'edge-abc123');
    const made = await request('/api/assignments', { headers: { 'x-request-id': 'bad id with spaces\n' } });
    assert.match(made.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
  });

  it('puts the request id in problem bodies, so a report can be matched to the logs', async () => {
    const response = await request('/api/assignments/nope-nope', { headers: { 'x-request-id': 'trace-me' } });
    assert.equal(response.status, 404);
    assert.equal(((await response.json()) as { requestId: string }).requestId, 'trace-me');
  });

  it('exposes an HTTP duration histogram by route pattern and status on /metrics', async () => {
    await request('/api/assignments/add-two-numbers');
    await request('/api/no-such-route');
    const metrics = await (await app.request('/metrics')).text();
    assert.match(metrics, /http_request_duration_seconds_count\{method="GET",route="\/api\/assignments\/:slug",status="200"\} [1-9]/);
    assert.match(metrics, /http_request_duration_seconds_count\{method="GET",route="unmatched",status="404"\} [1-9]/);
    assert.doesNotMatch(metrics, /route="\/api\/no-such-route"/, 'raw paths never become labels');
  });
});
