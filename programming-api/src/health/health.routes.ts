import { OpenAPIHono } from '@hono/zod-openapi';
import { healthRoute } from '@eduscale/contracts/routes';
import type { HealthService } from '@eduscale/server-kit/deps';
import { rejectInvalidInput, withChecks } from '@eduscale/server-kit/http';
import type { SessionEnv } from '@eduscale/server-kit/sessions';

export function healthRoutes(deps: { health: HealthService }) {
  return new OpenAPIHono<SessionEnv>({ defaultHook: rejectInvalidInput }).openapi(withChecks(healthRoute), async (c) => c.json(await deps.health.check(), 200));
}
