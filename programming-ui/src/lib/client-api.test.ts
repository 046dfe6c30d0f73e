import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { callApi, problemMessage } from './client-api.ts';

/**
 * Answers as the server side of HTTP would in the situations the client must handle; what it
 * received is kept so the request the client sent can be checked.
 */
const ANSWERS: Record<string, (request: IncomingMessage, body: string) => { status: number; type?: string; body?: string }> = {
  '/json': () => ({ status: 200, type: 'application/json', body: JSON.stringify({ items: [1, 2] }) }),
  '/created': (_request, body) => ({ status: 201, type: 'application/json', body }),
  '/no-content': () => ({ status: 204 }),
  '/problem': () => ({ status: 409, type: 'application/problem+json', body: JSON.stringify({ type: 'https://eduscale.dev/problems/conflict', title: 'Conflict', status: 409, battleId: 'b1' }) }),
  '/proxy-error': () => ({ status: 502, type: 'text/html', body: '<html>502 Bad Gateway</html>' }),
  '/not-json': () => ({ status: 200, type: 'text/html', body: '<!doctype html><title>Sign in</title>' }),
};

describe('a call to the API from an island', () => {
  let server: Server;
  let base: string;
  const received: { method?: string; headers: IncomingMessage['headers']; body: string }[] = [];

  before(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk));
      request.on('end', () => {
        received.push({ method: request.method, headers: request.headers, body });
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        if (path === '/never') return;
        const answer = ANSWERS[path]?.(request, body) ?? { status: 404 };
        response.writeHead(answer.status, answer.type ? { 'content-type': answer.type } : {}).end(answer.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('resolves to the parsed body and the status', async () => {
    assert.deepEqual(await callApi(`${base}/json`), { ok: true, status: 200, data: { items: [1, 2] } });
  });

  it('sends a body as JSON with its content type, and asks for JSON either way', async () => {
    const result = await callApi(`${base}/created`, { method: 'POST', body: { mode: '1v1' } });
    assert.deepEqual(result, { ok: true, status: 201, data: { mode: '1v1' } });
    const sent = received.at(-1)!;
    assert.equal(sent.method, 'POST');
    assert.equal(sent.headers['content-type'], 'application/json');
    assert.equal(sent.headers.accept, 'application/json');
    await callApi(`${base}/json`);
    assert.equal(received.at(-1)!.headers['content-type'], undefined, 'a GET has no body to describe');
  });

  it('resolves 204 No Content to null', async () => {
    assert.deepEqual(await callApi(`${base}/no-content`, { method: 'DELETE' }), { ok: true, status: 204, data: null });
  });

  it('resolves a refusal to its problem, extension members and all', async () => {
    assert.deepEqual(await callApi(`${base}/problem`), {
      ok: false,
      problem: { type: 'https://eduscale.dev/problems/conflict', title: 'Conflict', status: 409, battleId: 'b1' },
    });
  });

  it('resolves a proxy\'s HTML error page to a problem with its status', async () => {
    assert.deepEqual(await callApi(`${base}/proxy-error`), { ok: false, problem: { type: 'about:blank', title: 'Bad Gateway', status: 502 } });
  });

  it('resolves a success that is not JSON (a sign-in page, say) to an "Unexpected response" problem', async () => {
    const result = await callApi(`${base}/not-json`);
    assert.deepEqual(result, { ok: false, problem: { type: 'about:blank', title: 'Unexpected response', status: 200, detail: 'The answer was not JSON.' } });
  });

  it('resolves to a network error with status 0 when nothing answers', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    assert.deepEqual(await callApi(`http://127.0.0.1:${port}/json`), {
      ok: false,
      problem: { type: 'about:blank', title: 'Network error', status: 0, detail: 'We couldn’t reach EduScale. Check your connection and try again.' },
    });
  });

  it('rejects with the AbortError when the caller aborts, rather than calling it a network error', async () => {
    const controller = new AbortController();
    const call = callApi(`${base}/never`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await assert.rejects(call, { name: 'AbortError' });
  });
});

describe('a problem in one line', () => {
  it('is its detail, else its title', () => {
    assert.equal(problemMessage({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'You already have an open battle.' }), 'You already have an open battle.');
    assert.equal(problemMessage({ type: 'about:blank', title: 'Conflict', status: 409 }), 'Conflict');
  });
});
