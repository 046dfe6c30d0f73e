import type { Context, MiddlewareHandler } from 'hono';
import { UnauthenticatedError } from '../errors/common-errors.ts';
import type { RequestVariables } from '../http/request-context.ts';
import { sessionTokenOf } from './session-cookie.ts';
import type { SessionLookup } from './session-lookup.ts';
import type { SessionUser } from './sessions.repo.ts';

export interface SessionEnv {
  Variables: RequestVariables & { user: SessionUser | undefined };
}

/** Resolves the session cookie (if any) into `c.var.user`; a cookie that is no token is no session. */
export function loadSession(sessions: Pick<SessionLookup, 'resolve'>): MiddlewareHandler<SessionEnv> {
  return async (c, next) => {
    c.set('user', await sessions.resolve(sessionTokenOf(c)));
    await next();
  };
}

/** The signed-in user, or a 401. */
export function requireUser(c: Context<SessionEnv>): SessionUser {
  const user = c.var.user;
  if (!user) throw new UnauthenticatedError('Sign in to use this.');
  return user;
}
