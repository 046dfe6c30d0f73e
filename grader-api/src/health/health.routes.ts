import { Hono } from 'hono';
import type { SandboxBreaker } from '../execution/breaker.ts';
import type { Sandbox } from '../sandbox/sandbox.ts';

export function healthRoutes(deps: { sandbox: Sandbox; breaker: SandboxBreaker; concurrency: number; inFlight: () => number }) {
  return new Hono().get('/health', (c) => {
    const breaker = deps.breaker.state();
    const body = { status: breaker === 'open' ? 'degraded' : 'ok', ...deps.sandbox.info(), concurrency: deps.concurrency, inFlight: deps.inFlight(), breaker };
    return c.json(body, breaker === 'open' ? 503 : 200);
  });
}
