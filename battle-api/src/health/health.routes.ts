import { Hono } from 'hono';
import type { SessionEnv } from '@eduscale/server-kit/sessions';
import type { HealthService } from '@eduscale/server-kit/deps';

export function healthRoutes(deps: { health: HealthService }) {
  return new Hono<SessionEnv>().get('/health', async (c) => c.json(await deps.health.check()));
}
