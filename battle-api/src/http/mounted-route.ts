import type { RouteConfig } from '@hono/zod-openapi';
import { withChecks, type RouteChecks } from '@eduscale/server-kit/http';

/**
 * A battle id in a route's path. Only a UUID routes as one, so `/battles/queue`, `/battles/online`
 * and `/battles/leaderboard` are never taken for an id, whatever order the routers are mounted
 * in; anything else is no route (404), as no battle it always was.
 */
export const BATTLE_ID = ':id{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}';

/**
 * A contracts route definition as served by a router mounted at `prefix`: its path relative to
 * the prefix (`{id}` a battle id), with server-kit's checks before its validators (the session
 * when the definition asks for one, then a JSON body's type, size and syntax).
 */
export function mountedAt<R extends RouteConfig>(prefix: string, route: R, checks?: RouteChecks): R {
  if (route.path !== prefix && !route.path.startsWith(`${prefix}/`)) throw new Error(`${route.method} ${route.path} is not under ${prefix}`);
  const path = route.path.slice(prefix.length).replaceAll('{id}', BATTLE_ID) || '/';
  return withChecks({ ...route, path }, checks);
}
