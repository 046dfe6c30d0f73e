import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { UnauthenticatedError } from '../errors.ts';
import type { AppEnv } from '../http/request-context.ts';
import { SESSION_COOKIE, type SessionService, type SessionUser } from './session.service.ts';

/** Resolves the session cookie (if any) into `c.var.user`. */
export function loadSession(sessions: SessionService): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('user', await sessions.resolve(getCookie(c, SESSION_COOKIE)));
    await next();
  };
}

export function requireUser(c: Context<AppEnv>): SessionUser {
  const user = c.var.user;
  if (!user) throw new UnauthenticatedError('Sign in to use this.');
  return user;
}
