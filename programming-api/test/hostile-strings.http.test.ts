/**
 * Strings Postgres cannot take (a NUL byte) and cookies that are not valid percent-encoding,
 * sent to the app (NGINX answers a NUL in the path itself, see nginx.http.test.ts): each is a
 * 4xx problem that says what is wrong, never a 5xx, and nothing is written.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { PROBLEM_CONTENT_TYPE } from '@eduscale/contracts';
import { uniqueUsername, type TestResponse } from '@eduscale/test-kit/http';
import { createTestApp } from './app-harness.ts';
import { ADD_TWO, ADD_TWO_PY, submissionsClient } from './submissions-client.ts';

const app = await createTestApp();
after(() => app.close());
const { client: api, signUp } = app;
const { submit } = submissionsClient(api);

function assertRefused(response: TestResponse, status: number, field?: string): void {
  assert.equal(response.status, status, response.text);
  assert.equal(response.headers.get('content-type'), PROBLEM_CONTENT_TYPE);
  assert.equal(typeof response.body.detail, 'string');
  if (field) assert.deepEqual(response.body.errors.map((e: { path: string }) => e.path), [field]);
}

describe('a NUL byte in what a user sends', () => {
  it('refuses submission code containing a NUL byte with 400 naming the field, and records no submission', async () => {
    const user = await signUp('nul');
    for (const code of [`${ADD_TWO_PY}\0`, '\0', `print(1) # \u0000 ${Math.random()}\n`]) {
      const refused = await submit(user.cookie, code);
      assertRefused(refused, 400, 'code');
      assert.match(refused.body.detail, /NUL/);
    }
    const mine = await api(`/api/submissions?assignment=${ADD_TWO}`, { cookie: user.cookie });
    assert.equal(mine.status, 200);
    assert.deepEqual(mine.body.items, []);
  });

  it('refuses a username with a NUL byte at registration and sign-in with 400, and creates no account', async () => {
    const username = uniqueUsername('nul');
    for (const path of ['/api/auth/register', '/api/auth/login']) {
      for (const name of [`${username}\0`, `\0${username}`, `${username.slice(0, 4)}\0${username.slice(4)}`]) {
        assertRefused(await api(path, { json: { username: name, password: 'long enough pw' } }), 400, 'username');
      }
    }
    assert.equal((await api('/api/auth/register', { json: { username, password: 'long enough pw' } })).status, 201, 'the name is still free');
  });

  it('never answers 5xx for a password with a NUL byte', async () => {
    const username = uniqueUsername('nulpw');
    const registered = await api('/api/auth/register', { json: { username, password: 'long\0enough\0pw' } });
    assert.ok(registered.status < 500, registered.text);
    const login = await api('/api/auth/login', { json: { username, password: 'long\0enough\0pw' } });
    assert.ok(login.status < 500, login.text);
    const wrong = await api('/api/auth/login', { json: { username, password: '\0\0\0\0\0\0\0\0' } });
    assert.ok(wrong.status < 500 && wrong.status >= 400, wrong.text);
  });

  it('refuses an assignment slug with a NUL byte in the path, the query and the body with 400', async () => {
    const user = await signUp('nulslug');
    assertRefused(await api(`/api/assignments/${ADD_TWO}%00`), 400);
    assertRefused(await api(`/api/submissions?assignment=${ADD_TWO}%00`, { cookie: user.cookie }), 400, 'assignment');
    assertRefused(await api(`/api/submissions?limit=1%00`, { cookie: user.cookie }), 400, 'limit');
    assertRefused(await submit(user.cookie, ADD_TWO_PY, 'python', `${ADD_TWO}\0`), 400, 'assignment');
    assertRefused(await submit(user.cookie, ADD_TWO_PY, 'python\0'), 400, 'language');
    assertRefused(await api(`/api/submissions/${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(11)}%00`, { cookie: user.cookie }), 400);
  });
});

describe('a session cookie that is not valid percent-encoding', () => {
  it('is answered 401 problem+json, never 500', async () => {
    for (const cookie of ['eduscale_session=%E0%A4%A', 'eduscale_session=%', 'other=%zz; eduscale_session=%C0%AF']) {
      for (const path of ['/api/me', '/api/me/progress', `/api/submissions?assignment=${ADD_TWO}`]) {
        assertRefused(await api(path, { cookie }), 401);
      }
      assertRefused(await submit(cookie, ADD_TWO_PY), 401);
      assert.equal((await api('/api/auth/logout', { method: 'POST', cookie })).status, 204);
    }
  });
});
