import { Hono } from 'hono';
import type { AppEnv } from '../http/request-context.ts';
import type { HealthService } from './health.service.ts';

export function healthRoutes(deps: { health: HealthService }) {
  return new Hono<AppEnv>().get('/health', async (c) => c.json(await deps.health.check()));
}
