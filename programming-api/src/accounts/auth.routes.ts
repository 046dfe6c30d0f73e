import { OpenAPIHono } from '@hono/zod-openapi';
import { accountRoutes } from '@eduscale/contracts/routes';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { assertSameSite, isStateChanging, rejectInvalidInput, withChecks } from '@eduscale/server-kit/http';
import { SESSION_COOKIE, requireUser, type SessionEnv } from '@eduscale/server-kit/sessions';
import type { AuthService } from './auth.service.ts';

const MAX_CREDENTIALS_BYTES = 4 * 1024;

export function authRoutes(deps: { auth: AuthService; cookieSecure: boolean; sessionTtlSeconds: number; publicOrigin: string }) {
  const { auth } = deps;
  const setSessionCookie = (c: Context<SessionEnv>, token: string) =>
    setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', secure: deps.cookieSecure, path: '/', maxAge: deps.sessionTtlSeconds });

  return new OpenAPIHono<SessionEnv>({ defaultHook: rejectInvalidInput })
    .openapi(withChecks(accountRoutes.register, { maxBodyBytes: MAX_CREDENTIALS_BYTES }), async (c) => {
      const signedIn = await auth.register(c.req.valid('json'), c.var.clientIp);
      setSessionCookie(c, signedIn.sessionToken);
      return c.json({ user: signedIn.user }, 201);
    })
    .openapi(withChecks(accountRoutes.login, { maxBodyBytes: MAX_CREDENTIALS_BYTES }), async (c) => {
      const signedIn = await auth.login(c.req.valid('json'), c.var.clientIp);
      setSessionCookie(c, signedIn.sessionToken);
      return c.json({ user: signedIn.user }, 200);
    })
    .openapi(withChecks(accountRoutes.logout), async (c) => {
      await auth.logout(getCookie(c, SESSION_COOKIE));
      deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Lax', secure: deps.cookieSecure });
      return c.body(null, 204);
    })
    .openapi(withChecks(accountRoutes.me), async (c) => c.json(await auth.me(requireUser(c)), 200))
    // NGINX's auth_request asks this before passing a request on to another service (the
    // grader's /api/run); it forwards the original method so CSRF is checked here for it.
    .openapi(withChecks(accountRoutes.session), (c) => {
      const user = requireUser(c);
      if (isStateChanging(c.req.header('x-original-method') ?? 'GET')) assertSameSite(c, deps.publicOrigin);
      c.header('x-user-id', user.id);
      c.header('x-user-name', user.username);
      return c.body(null, 204);
    });
}
