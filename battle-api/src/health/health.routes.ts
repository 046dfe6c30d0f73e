import { OpenAPIHono } from '@hono/zod-openapi';
import { healthRoute } from '@eduscale/contracts/routes';
import type { HealthService } from '@eduscale/server-kit/deps';
import { rejectInvalidInput } from '@eduscale/server-kit/http';
import type { SessionEnv } from '@eduscale/server-kit/sessions';
import { mountedAt } from '../http/mounted-route.ts';

/** Mounted at `/health`, and at `/api/health` too (for the service's own checks; NGINX sends that path to programming-api). */
export function healthRoutes(deps: { health: HealthService }) {
  return new OpenAPIHono<SessionEnv>({ defaultHook: rejectInvalidInput }).openapi(mountedAt('/health', healthRoute), async (c) => c.json(await deps.health.check(), 200));
}
