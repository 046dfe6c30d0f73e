import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { sessionCookie, uniqueUsername } from '@eduscale/test-kit/http';
import { createTestApp } from './app-harness.ts';

const app = await createTestApp();
after(() => app.close());
const { client: api, signUp } = app;

const PASSWORD = 'a long enough password';

describe('registering', () => {
  it('creates the account, answers 201 with the user and signs them in', async () => {
    const username = uniqueUsername();
    const response = await api('/api/auth/register', { json: { username, password: PASSWORD } });
    assert.equal(response.status, 201);
    assert.equal(response.body.user.username, username);
    assert.equal(typeof response.body.user.id, 'string');
    assert.equal(Object.keys(response.body.user).sort().join(), 'id,username');

    const me = await api('/api/me', { cookie: sessionCookie(response) });
    assert.equal(me.status, 200);
    assert.deepEqual(me.body, { user: response.body.user, points: 0 });
  });

  it('sets an httpOnly, SameSite=Lax session cookie for the whole site', async () => {
    const response = await api('/api/auth/register', { json: { username: uniqueUsername(), password: PASSWORD } });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('eduscale_session='))!;
    assert.match(cookie, /; HttpOnly/i);
    assert.match(cookie, /; SameSite=Lax/i);
    assert.match(cookie, /; Path=\//);
    assert.match(cookie, /; Max-Age=\d+/);
  });

  it('answers 409 problem+json for a taken name, in any letter case', async () => {
    const { username } = await signUp();
    for (const name of [username, username.toUpperCase()]) {
      const response = await api('/api/auth/register', { json: { username: name, password: PASSWORD } });
      assert.equal(response.status, 409);
      assert.equal(response.headers.get('content-type'), 'application/problem+json');
      assert.equal(response.body.status, 409);
      assert.equal(response.headers.getSetCookie().length, 0);
    }
  });
});

describe('signing in', () => {
  it('answers 200 with the user and a fresh session cookie', async () => {
    const user = await signUp();
    const response = await api('/api/auth/login', { json: { username: user.username, password: user.password } });
    assert.equal(response.status, 200);
    assert.equal(response.body.user.username, user.username);
    assert.notEqual(sessionCookie(response), user.cookie);
  });

  it('gives the same 401 for a wrong password and for an unknown user', async () => {
    const user = await signUp();
    const wrongPassword = await api('/api/auth/login', { json: { username: user.username, password: 'not the password' } });
    const unknownUser = await api('/api/auth/login', { json: { username: uniqueUsername('ghost'), password: 'not the password' } });
    for (const response of [wrongPassword, unknownUser]) {
      assert.equal(response.status, 401);
      assert.equal(response.headers.get('content-type'), 'application/problem+json');
      assert.equal(response.headers.getSetCookie().length, 0);
    }
    assert.equal(wrongPassword.body.detail, unknownUser.body.detail);
    assert.equal(wrongPassword.body.type, unknownUser.body.type);
  });
});

describe('GET /api/me', () => {
  it('answers 401 problem+json without a session', async () => {
    const response = await api('/api/me');
    assert.equal(response.status, 401);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
    assert.equal(response.body.title, 'Not signed in');
  });

  it('answers 401 for a forged session cookie', async () => {
    const response = await api('/api/me', { cookie: `eduscale_session=${'A'.repeat(43)}` });
    assert.equal(response.status, 401);
  });
});

describe('signing out', () => {
  it('answers 204, clears the cookie and ends the session on the server', async () => {
    const user = await signUp();
    const response = await api('/api/auth/logout', { method: 'POST', cookie: user.cookie });
    assert.equal(response.status, 204);
    assert.match(response.headers.getSetCookie().join(), /eduscale_session=;.*Max-Age=0/i);
    // Replaying the old cookie must not work: the session is gone server-side.
    assert.equal((await api('/api/me', { cookie: user.cookie })).status, 401);
  });

  it('answers 204 even without a session', async () => {
    assert.equal((await api('/api/auth/logout', { method: 'POST' })).status, 204);
  });
});

describe('a cross-site request', () => {
  it('is refused with 403 and creates no account (Origin of another site)', async () => {
    const username = uniqueUsername('csrf');
    const response = await api('/api/auth/register', { json: { username, password: PASSWORD }, headers: { origin: 'https://evil.example' } });
    assert.equal(response.status, 403);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
    const login = await api('/api/auth/login', { json: { username, password: PASSWORD } });
    assert.equal(login.status, 401, 'the refused registration must not have created the user');
  });

  it('is refused with 403 when the browser marks it cross-site', async () => {
    const user = await signUp();
    const response = await api('/api/auth/logout', { method: 'POST', cookie: user.cookie, headers: { 'sec-fetch-site': 'cross-site' } });
    assert.equal(response.status, 403);
    assert.equal((await api('/api/me', { cookie: user.cookie })).status, 200, 'the session survives the refused logout');
  });

  it('is allowed from the same origin', async () => {
    const response = await api('/api/auth/register', {
      json: { username: uniqueUsername(), password: PASSWORD },
      headers: { origin: app.origin, 'sec-fetch-site': 'same-origin' },
    });
    assert.equal(response.status, 201);
  });
});
