import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { describe, it } from 'node:test';
import { handleError } from '../http/error-handler.ts';
import { requestContext } from '../http/request-context.ts';
import { createLogger } from '../logger/logger.ts';
import { SESSION_COOKIE, hashToken, sessionTokenFromHeader } from './session-cookie.ts';
import { loadSession, requireUser, type SessionEnv } from './session.middleware.ts';
import type { SessionUser } from './sessions.repo.ts';

const token = randomBytes(32).toString('base64url');
const ada: SessionUser = { id: '00000000-0000-4000-8000-000000000001', username: 'ada' };
const asked: (string | undefined)[] = [];
// The one session there is; what the lookup is asked is recorded.
const sessions = {
  resolve: async (candidate: string | undefined) => {
    asked.push(candidate);
    return candidate === token ? ada : undefined;
  },
};

const app = new Hono<SessionEnv>()
  .use(requestContext({ logger: createLogger({ service: 'test', level: 'silent' }), logRequests: false }))
  .use(loadSession(sessions))
  .get('/me', (c) => c.json(requireUser(c)));
app.onError(handleError);

const me = (cookie: string) => app.request('/me', { headers: { cookie } });

describe('the session cookie', () => {
  it('signs in the user of a live session', async () => {
    const response = await me(`theme=dark; ${SESSION_COOKIE}=${token}`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), ada);
  });

  it('is no session (401, not 500) when its value is not valid percent-encoding', async () => {
    asked.length = 0;
    const response = await me(`${SESSION_COOKIE}=%E0%A4%A`);
    assert.equal(response.status, 401);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
    assert.deepEqual(asked, [undefined]);
  });

  it('is no session when it is not a token (too short, other characters), without asking the store for it', async () => {
    asked.length = 0;
    for (const value of ['abc', `${token.slice(0, 42)}!`, `${token}x`, '']) assert.equal((await me(`${SESSION_COOKIE}=${value}`)).status, 401);
    assert.deepEqual(asked, [undefined, undefined, undefined, undefined]);
  });

  it('reads the token from a raw Cookie header the same way', () => {
    assert.equal(sessionTokenFromHeader(`a=1; ${SESSION_COOKIE}=${token}; b=2`), token);
    assert.equal(sessionTokenFromHeader(`${SESSION_COOKIE}=%zz${token.slice(3)}`), undefined);
    assert.equal(sessionTokenFromHeader(undefined), undefined);
  });

  it('is stored by its sha256, never as itself', () => {
    assert.equal(hashToken(token).length, 32);
    assert.notEqual(hashToken(token).toString('base64url'), token);
  });
});
