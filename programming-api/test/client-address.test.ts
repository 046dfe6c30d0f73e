/**
 * With TRUST_PROXY=true the client address is NGINX's X-Real-IP, but only on a connection that
 * comes from a configured proxy address (TRUSTED_PROXIES, loopback by default): anyone else
 * who sends X-Real-IP is still known by the address they connect from.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { uniqueUsername } from '@eduscale/test-kit/http';
import { createTestApp, type TestApp } from './app-harness.ts';

const RIGHT = 'the right password';
const forgedIp = () => `203.0.113.${randomBytes(1)[0]}`;

function login(app: TestApp, username: string, password: string, headers: Record<string, string> = {}) {
  return app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ username, password }) });
}

async function registered(app: TestApp): Promise<string> {
  const username = uniqueUsername('lockout');
  const response = await app.request('/api/auth/register', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: RIGHT }) });
  assert.equal(response.status, 201, await response.text());
  return username;
}

/** Three failures, each claiming another X-Real-IP; then the right password from yet another. */
async function rotateAndRetry(app: TestApp, username: string): Promise<number> {
  const failures = await Promise.all([0, 1, 2].map(() => login(app, username, 'wrong password!', { 'x-real-ip': forgedIp() })));
  assert.deepEqual(failures.map((r) => r.status), [401, 401, 401]);
  return (await login(app, username, RIGHT, { 'x-real-ip': forgedIp() })).status;
}

describe('the sign-in lockout with TRUST_PROXY=true', () => {
  // Only the lockout is under test; the per-address counts are shared with the stack's own traffic from loopback.
  const limits = { TRUST_PROXY: 'true', LOGIN_FAILURES_PER_15_MIN: '3', REGISTRATIONS_PER_IP_PER_HOUR: '100000', LOGINS_PER_IP_PER_15_MIN: '100000' };

  describe('for a caller with no connection from a proxy at all', () => {
    let app: TestApp;
    before(async () => {
      app = await createTestApp(limits);
    });
    after(() => app?.close());

    it('locks out a direct caller who picks its own X-Real-IP for every attempt', async () => {
      assert.equal(await rotateAndRetry(app, await registered(app)), 429);
    });
  });

  describe('for a caller connecting from an address that is not a configured proxy', () => {
    let app: TestApp;
    before(async () => {
      // The app listens on loopback; the only proxy it trusts is elsewhere.
      app = await createTestApp({ ...limits, TRUSTED_PROXIES: '192.0.2.254' }, { listen: true });
    });
    after(() => app?.close());

    it('locks out the caller whatever X-Real-IP it sends', async () => {
      assert.equal(await rotateAndRetry(app, await registered(app)), 429);
    });

    it('locks out the caller who spells the forged address in X-Forwarded-For instead', async () => {
      const username = await registered(app);
      for (let i = 0; i < 3; i++) assert.equal((await login(app, username, 'wrong password!', { 'x-forwarded-for': forgedIp() })).status, 401);
      assert.equal((await login(app, username, RIGHT, { 'x-forwarded-for': forgedIp() })).status, 429);
    });
  });

  describe('behind the proxy it trusts (loopback, as NGINX in the local stack)', () => {
    let app: TestApp;
    before(async () => {
      app = await createTestApp(limits, { listen: true });
    });
    after(() => app?.close());

    it('keeps the lockout to the address NGINX names, so another client is not locked out', async () => {
      const username = await registered(app);
      const attacker = forgedIp();
      for (let i = 0; i < 3; i++) assert.equal((await login(app, username, 'wrong password!', { 'x-real-ip': attacker })).status, 401);
      assert.equal((await login(app, username, RIGHT, { 'x-real-ip': attacker })).status, 429);
      assert.equal((await login(app, username, RIGHT, { 'x-real-ip': '198.51.100.7' })).status, 200);
    });

    it('ignores an X-Real-IP that is not an address, and counts the connection\'s own', async () => {
      const username = await registered(app);
      for (const junk of ['not-an-ip', '1.2.3.4, 5.6.7.8', '']) {
        assert.equal((await login(app, username, 'wrong password!', { 'x-real-ip': junk })).status, 401);
      }
      assert.equal((await login(app, username, RIGHT, { 'x-real-ip': 'still-not-an-ip' })).status, 429);
    });
  });
});
