import { OpenAPIHono } from '@hono/zod-openapi';
import { graderHealthRoute } from '@eduscale/contracts/routes';
import { withChecks } from '@eduscale/server-kit/http';
import type { SandboxBreaker } from '../execution/breaker.ts';
import type { Sandbox } from '../sandbox/sandbox.ts';

export function healthRoutes(deps: { sandbox: Sandbox; breaker: SandboxBreaker; concurrency: number; inFlight: () => number }) {
  return new OpenAPIHono().openapi(withChecks(graderHealthRoute), (c) => {
    const breaker = deps.breaker.state();
    const body = { status: breaker === 'open' ? ('degraded' as const) : ('ok' as const), ...deps.sandbox.info(), concurrency: deps.concurrency, inFlight: deps.inFlight(), breaker };
    return breaker === 'open' ? c.json(body, 503) : c.json(body, 200);
  });
}
