import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../http/request-context.ts';
import { SESSION_COOKIE, type SessionService } from './session.service.ts';

/** Resolves the session cookie (if any) into `c.var.user`; a cookie that is not valid percent-encoding is no session. */
export function loadSession(sessions: SessionService): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('user', await sessions.resolve(getCookie(c, SESSION_COOKIE)));
    await next();
  };
}
