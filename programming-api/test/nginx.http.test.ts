/**
 * What NGINX does in front of programming-api, through the stack `npm test` starts: the
 * catalogue's micro-cache, its own body limit and parse errors in the API's problem format, and
 * event streams passed on unbuffered. What the API itself answers is tested in-process.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PROBLEM_CONTENT_TYPE } from '@eduscale/contracts';
import { EDGE_URL, edge, signUp, type EdgeResponse } from '@eduscale/test-kit/edge';
import { ADD_TWO, freshAccepted, submissionsClient } from './submissions-client.ts';

const { submit, waitUntilDone } = submissionsClient(edge);

function assertProblem(response: EdgeResponse, status: number): void {
  assert.equal(response.status, status, response.text);
  assert.equal(response.headers.get('content-type'), PROBLEM_CONTENT_TYPE);
  assert.equal(response.body.status, status);
  assert.equal(typeof response.body.detail, 'string');
}

describe('the edge cache in front of the catalogue', () => {
  it('answers a repeated read from NGINX for a second', async () => {
    await edge('/api/assignments/two-sum');
    const again = await edge('/api/assignments/two-sum');
    assert.ok(['HIT', 'UPDATING', 'STALE'].includes(again.headers.get('x-cache') ?? ''), `X-Cache: ${again.headers.get('x-cache')}`);
    assert.equal(again.body.slug, 'two-sum');
  });

  it('goes to the API for a client that asks for a fresh copy', async () => {
    const fresh = await edge('/api/assignments', { headers: { 'cache-control': 'no-cache' } });
    assert.equal(fresh.headers.get('x-cache'), 'BYPASS');
    assert.equal(fresh.status, 200);
  });

  it('gives each response its own request id, cached or not', async () => {
    const ids = await Promise.all([1, 2].map(async () => (await edge('/api/assignments')).headers.get('x-request-id')));
    assert.ok(ids[0] && ids[1] && ids[0] !== ids[1]);
  });

  it('keeps errors out of the cache', async () => {
    for (let i = 0; i < 2; i++) {
      const response = await edge('/api/assignments/no-such-assignment');
      assert.equal(response.status, 404);
      assert.equal(response.headers.get('x-cache'), 'MISS', `read ${i + 1}`);
    }
  });
});

describe('what NGINX refuses itself', () => {
  it('answers a body over its 1 MiB limit with 413 problem+json, as the API would', async () => {
    assertProblem(await edge('/api/auth/register', { body: 'x'.repeat(2 * 1024 * 1024) }), 413);
  });

  it('answers a NUL byte in the path with 400 problem+json', async () => {
    assertProblem(await edge(`/api/assignments/${ADD_TWO}%00`), 400);
  });
});

describe('a submission’s event stream through NGINX', () => {
  it('arrives unbuffered: the first event comes while the grading is still going', async () => {
    const user = await signUp('sub');
    // About 0.15 s per test: slow enough that a buffered stream would arrive only at the end.
    const created = await submit(user.cookie, `import time\ntime.sleep(0.15)\n${freshAccepted()}`);
    assert.equal(created.status, 202);
    const response = await fetch(`${EDGE_URL}/api/submissions/${created.body.id}/events`, { headers: { cookie: user.cookie } });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    assert.match(first, /^event: status\n/);
    const meanwhile = await edge(`/api/submissions/${created.body.id}`, { cookie: user.cookie });
    assert.notEqual(meanwhile.body.status, 'done', 'the first event came before the result existed');
    await reader.cancel();
    await waitUntilDone(user.cookie, created.body.id);
  });
});

describe('the web app behind NGINX', () => {
  it('answers its own probe at /health, never cached, without asking the API', async () => {
    const response = await edge('/health');
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, { status: 'ok' });
    assert.equal(response.headers.get('cache-control'), 'no-store');
  });
});

