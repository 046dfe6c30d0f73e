import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { uniqueUsername, type TestResponse } from '@eduscale/test-kit/http';
import { createTestApp } from './app-harness.ts';

const app = await createTestApp();
after(() => app.close());
const api = app.client;

function assertProblem(response: TestResponse, status: number): void {
  assert.equal(response.status, status, response.text);
  assert.equal(response.headers.get('content-type'), 'application/problem+json');
  assert.equal(response.body.status, status);
  assert.equal(typeof response.body.title, 'string');
  assert.equal(typeof response.body.detail, 'string');
  assert.doesNotMatch(response.text, /at .*\.ts:\d+|node_modules/, 'no stack trace leaks');
}

/** The refused request wrote nothing: the name cannot sign in and is still free to take. */
async function assertNoAccount(username: string): Promise<void> {
  const login = await api('/api/auth/login', { json: { username, password: 'whatever-password' } });
  assert.equal(login.status, 401);
  const register = await api('/api/auth/register', { json: { username, password: 'whatever-password' } });
  assert.equal(register.status, 201, `${username} must still be free`);
}

describe('bad input to register', () => {
  it('rejects malformed JSON with 400', async () => {
    assertProblem(await api('/api/auth/register', { body: '{"username": "abc", "password": ' }), 400);
  });

  it('rejects wrong types with 400 naming the field', async () => {
    const response = await api('/api/auth/register', { json: { username: 12345, password: ['x'] } });
    assertProblem(response, 400);
    const paths = new Set(response.body.errors.map((e: { path: string }) => e.path));
    assert.deepEqual([...paths].sort(), ['password', 'username']);
  });

  it('rejects a missing field with 400', async () => {
    const username = uniqueUsername();
    const response = await api('/api/auth/register', { json: { username } });
    assertProblem(response, 400);
    assert.deepEqual(response.body.errors.map((e: { path: string }) => e.path), ['password']);
    await assertNoAccount(username);
  });

  it('rejects unknown fields with 400 and creates nothing', async () => {
    const username = uniqueUsername();
    const response = await api('/api/auth/register', { json: { username, password: 'long enough pw', isAdmin: true } });
    assertProblem(response, 400);
    await assertNoAccount(username);
  });

  it('rejects a username with spaces', async () => {
    const response = await api('/api/auth/register', { json: { username: 'has space', password: 'long enough pw' } });
    assertProblem(response, 400);
    assert.equal(response.body.errors[0].path, 'username');
  });

  it('rejects a 200-character username', async () => {
    const response = await api('/api/auth/register', { json: { username: 'a'.repeat(200), password: 'long enough pw' } });
    assertProblem(response, 400);
    assert.match(response.body.errors[0].message, /at most 32/);
  });

  it('rejects a password under 8 characters', async () => {
    assertProblem(await api('/api/auth/register', { json: { username: uniqueUsername(), password: 'short' } }), 400);
  });

  it('rejects a 1 MiB body with 413 and creates nothing', async () => {
    const username = uniqueUsername();
    const body = JSON.stringify({ username, password: 'x'.repeat(1024 * 1024) });
    assertProblem(await api('/api/auth/register', { body }), 413);
    await assertNoAccount(username);
  });

  it('rejects a non-JSON content type with 415', async () => {
    assertProblem(await api('/api/auth/register', { body: 'username=abc&password=12345678', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415);
  });
});

describe('bad input to login', () => {
  it('rejects an empty object with 400 listing both fields', async () => {
    const response = await api('/api/auth/login', { json: {} });
    assertProblem(response, 400);
    assert.equal(response.body.errors.length, 2);
  });
});

describe('an unknown API route', () => {
  it('answers 404 problem+json', async () => {
    assertProblem(await api('/api/no-such-thing'), 404);
  });
});
