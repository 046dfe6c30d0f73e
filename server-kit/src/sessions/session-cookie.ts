import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { parse } from 'hono/utils/cookie';

export const SESSION_COOKIE = 'eduscale_session';

// A token is 32 random bytes in base64url: 43 characters. Anything else cannot be a session.
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const isWellFormedToken = (token: string | undefined): token is string => token !== undefined && TOKEN.test(token);

/** Sessions are stored (and announced when they end) by the sha256 of their token, never the token. */
export const hashToken = (token: string): Buffer => createHash('sha256').update(token).digest();

/**
 * The session token a request's cookie carries, if it is one. hono's parser never throws: a
 * value that is not valid percent-encoding comes back undecoded and so is no token.
 */
export function sessionTokenOf(c: Context): string | undefined {
  const token = getCookie(c, SESSION_COOKIE);
  return isWellFormedToken(token) ? token : undefined;
}

/** The same from a raw Cookie header (a Socket.IO handshake has no hono Context). */
export function sessionTokenFromHeader(cookieHeader: string | undefined): string | undefined {
  const token = parse(cookieHeader ?? '', SESSION_COOKIE)[SESSION_COOKIE];
  return isWellFormedToken(token) ? token : undefined;
}
