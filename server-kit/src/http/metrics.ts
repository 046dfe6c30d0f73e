import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** A registry with the process metrics; one per app, since tests build several apps in one process. */
export function createRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return registry;
}

export interface HttpMetrics {
  registry: Registry;
  middleware: MiddlewareHandler;
}

/** `http_request_duration_seconds{method,route,status}` in `registry` (a new one unless given). */
export function createHttpMetrics(registry: Registry = createRegistry()): HttpMetrics {
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const middleware: MiddlewareHandler = async (c, next) => {
    const stop = duration.startTimer();
    await next();
    // The pattern of the handler that answered (middleware is registered for ALL methods),
    // never the raw path: unknown paths must not grow the label set.
    const handler = matchedRoutes(c).findLast((route) => route.method !== 'ALL');
    stop({ method: c.req.method, route: handler?.path ?? 'unmatched', status: String(c.res.status) });
  };
  return { registry, middleware };
}
