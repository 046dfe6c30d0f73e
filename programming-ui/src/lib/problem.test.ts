import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fieldName, readProblem } from './problem.ts';

const json = (body: unknown, status: number) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } });

describe('the problem of a failed response', () => {
  it('is its problem+json body when it has one', async () => {
    const body = { type: 'https://eduscale.dev/problems/conflict', title: 'Conflict', status: 409, detail: 'You already have an open battle.', battleId: 'b1' };
    assert.deepEqual(await readProblem(json(body, 409)), body);
  });

  it('is a generic problem with the status when the body is a proxy\'s HTML error page', async () => {
    const response = new Response('<html><body>502 Bad Gateway</body></html>', { status: 502, statusText: 'Bad Gateway', headers: { 'content-type': 'text/html' } });
    assert.deepEqual(await readProblem(response), { type: 'about:blank', title: 'Bad Gateway', status: 502 });
  });

  it('is a generic problem when the JSON body is not a problem (no title, or a status that is not a number)', async () => {
    assert.deepEqual(await readProblem(json({ error: 'nope' }, 500)), { type: 'about:blank', title: 'Request failed', status: 500 });
    assert.deepEqual(await readProblem(json({ title: 'Oops', status: '500' }, 500)), { type: 'about:blank', title: 'Request failed', status: 500 });
    assert.deepEqual(await readProblem(json(null, 503)), { type: 'about:blank', title: 'Request failed', status: 503 });
  });

  it('is a generic problem for an empty body', async () => {
    assert.deepEqual(await readProblem(new Response(null, { status: 504, statusText: 'Gateway Timeout' })), { type: 'about:blank', title: 'Gateway Timeout', status: 504 });
  });
});

describe('the field a problem error points at', () => {
  it('is the last segment of its path, however the path is written', () => {
    assert.deepEqual(['username', '/username', 'body.username', '/body/credentials/username', 'code'].map(fieldName), ['username', 'username', 'username', 'username', 'code']);
  });

  it('is empty for an empty path', () => {
    assert.deepEqual(['', '/', '.'].map(fieldName), ['', '', '']);
  });
});
