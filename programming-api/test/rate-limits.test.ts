import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { uniqueUsername } from '@eduscale/test-kit/http';
import { createTestApp } from './app-harness.ts';

// Served on loopback, so requests come from a trusted proxy's address, as NGINX's do.
const app = await createTestApp({ TRUST_PROXY: 'true', REGISTRATIONS_PER_IP_PER_HOUR: '3', LOGIN_FAILURES_PER_15_MIN: '3' }, { listen: true });
after(() => app.close());

// Each test speaks from its own address (the X-Real-IP NGINX would set) so the limits it trips are its own.
const uniqueIp = () => `10.${[...randomBytes(3)].join('.')}`;
const post = (path: string, body: unknown, ip: string) =>
  app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-real-ip': ip }, body: JSON.stringify(body) });

describe('registration rate limit', () => {
  it('answers 429 with Retry-After once an address has registered its quota', async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 3; i++) assert.equal((await post('/api/auth/register', { username: uniqueUsername(), password: 'long enough pw' }, ip)).status, 201);
    const username = uniqueUsername();
    const limited = await post('/api/auth/register', { username, password: 'long enough pw' }, ip);
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('content-type'), 'application/problem+json');
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    // Another address is unaffected, and the refused name was not taken.
    assert.equal((await post('/api/auth/register', { username, password: 'long enough pw' }, uniqueIp())).status, 201);
  });
});

describe('login rate limit', () => {
  it('locks a name out from an address after repeated failures, even with the right password', async () => {
    const ip = uniqueIp();
    const username = uniqueUsername();
    await post('/api/auth/register', { username, password: 'the right password' }, uniqueIp());
    for (let i = 0; i < 3; i++) assert.equal((await post('/api/auth/login', { username, password: 'wrong password!' }, ip)).status, 401);
    const limited = await post('/api/auth/login', { username, password: 'the right password' }, ip);
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    const ip = uniqueIp();
    const username = uniqueUsername();
    await post('/api/auth/register', { username, password: 'the right password' }, uniqueIp());
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 2; i++) assert.equal((await post('/api/auth/login', { username, password: 'wrong password!' }, ip)).status, 401);
      assert.equal((await post('/api/auth/login', { username, password: 'the right password' }, ip)).status, 200);
    }
  });
});
