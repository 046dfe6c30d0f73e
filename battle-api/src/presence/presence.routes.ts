import { OpenAPIHono } from '@hono/zod-openapi';
import { battleRoutes } from '@eduscale/contracts/routes';
import { rejectInvalidInput } from '@eduscale/server-kit/http';
import type { SessionEnv } from '@eduscale/server-kit/sessions';
import { mountedAt } from '../http/mounted-route.ts';
import type { OnlinePlayersService } from './online-players.ts';

/** Mounted at `/battles/online`. */
export function presenceRoutes(deps: { online: OnlinePlayersService }) {
  return new OpenAPIHono<SessionEnv>({ defaultHook: rejectInvalidInput }).openapi(mountedAt('/battles/online', battleRoutes.online), async (c) =>
    c.json(await deps.online.list(), 200),
  );
}
