import type { MiddlewareHandler } from 'hono';
import { requireUser } from '../sessions/session.middleware.ts';
import { readJson } from './json-body.ts';

interface RouteShape {
  path: string;
  security?: unknown[];
  request?: object;
}

export interface RouteChecks {
  /** A signed-in user, as the definition's `security` says; false where NGINX checked the session (graders). */
  session?: boolean;
  /** The JSON body's limit (default MAX_JSON_BODY_BYTES). */
  maxBodyBytes?: number;
}

/**
 * A route definition (`createRoute`) with the checks that come before its validators, in the
 * order our services always made them: the session (401 before any 400), then a JSON body's
 * type, size and syntax as `jsonBody` checks them (415, 413, 400). Without these the
 * definition's validator would take a body of any size and answer bad ones in its own words.
 */
export function withChecks<R extends RouteShape>(route: R, checks: RouteChecks = {}): R {
  if ('middleware' in route) throw new Error(`withChecks: ${route.path} already has middleware`);
  const middleware: MiddlewareHandler[] = [];
  if (checks.session ?? (route.security?.length ?? 0) > 0) {
    middleware.push(async (c, next) => {
      requireUser(c);
      await next();
    });
  }
  if (route.request && 'body' in route.request && route.request.body) {
    middleware.push(async (c, next) => {
      await readJson(c, { maxBytes: checks.maxBodyBytes });
      await next();
    });
  }
  return { ...route, middleware };
}
