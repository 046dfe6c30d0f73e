import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/request-context.ts';
import { SESSION_COOKIE, cookieValue, type SessionService } from './session.service.ts';

/** Resolves the session cookie (if any) into `c.var.user`. */
export function loadSession(sessions: SessionService): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('user', await sessions.resolve(cookieValue(c.req.header('cookie'), SESSION_COOKIE)));
    await next();
  };
}
