import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sessionCookie, signUpWith } from './accounts.ts';
import { httpClient } from './http-client.ts';

describe('the test HTTP client', () => {
  it('sends JSON as a POST with its content type and the cookie, and parses a JSON answer', async () => {
    const sent: { path: string; init: RequestInit }[] = [];
    const client = httpClient((path, init) => {
      sent.push({ path, init });
      return Response.json({ ok: true }, { status: 201 });
    });
    const response = await client('/things', { json: { a: 1 }, cookie: 'c=1' });
    assert.equal(sent.length, 1);
    assert.equal(sent[0]!.path, '/things');
    assert.equal(sent[0]!.init.method, 'POST');
    assert.equal(sent[0]!.init.body, '{"a":1}');
    assert.deepEqual(sent[0]!.init.headers, { cookie: 'c=1', 'content-type': 'application/json' });
    assert.equal(sent[0]!.init.redirect, 'manual');
    assert.deepEqual([response.status, response.body], [201, { ok: true }]);
  });

  it('keeps a body that is not JSON as text', async () => {
    const client = httpClient(() => new Response('plain words', { headers: { 'content-type': 'text/plain' } }));
    const response = await client('/');
    assert.deepEqual([response.body, response.text], ['plain words', 'plain words']);
  });

  it('signs up through whatever the client sends to, taking the session cookie it sets', async () => {
    const client = httpClient(() =>
      Response.json({ user: { id: 'u1', username: 'x' } }, { status: 201, headers: { 'set-cookie': 'eduscale_session=tok; Path=/; HttpOnly' } }),
    );
    const user = await signUpWith(client, 'kit');
    assert.equal(user.cookie, 'eduscale_session=tok');
    assert.equal(user.id, 'u1');
    assert.match(user.username, /^kit_[0-9a-f]{10}$/);
  });

  it('names the status when a response set no session cookie', () => {
    assert.throws(() => sessionCookie({ status: 401, headers: new Headers() }), /no session cookie in 401/);
  });
});
