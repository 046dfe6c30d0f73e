import { OpenAPIHono } from '@hono/zod-openapi';
import { MAX_SUBMISSION_BODY_BYTES } from '@eduscale/contracts';
import { battleRoutes } from '@eduscale/contracts/routes';
import { rejectInvalidInput } from '@eduscale/server-kit/http';
import { requireUser, sessionTokenOf, type SessionEnv } from '@eduscale/server-kit/sessions';
import { mountedAt } from '../http/mounted-route.ts';
import type { BattleSubmissions } from './battle-submissions.service.ts';
import type { PlayService } from './play.service.ts';

/** Mounted at `/battles`. */
export function playRoutes(deps: { play: PlayService; submissions: BattleSubmissions }) {
  return new OpenAPIHono<SessionEnv>({ defaultHook: rejectInvalidInput })
    .openapi(mountedAt('/battles', battleRoutes.get), async (c) => c.json(await deps.play.get(requireUser(c), c.req.valid('param').id), 200))
    // As programming-api takes it: the code's own size (MAX_CODE_BYTES) is checked by the service, as a 413.
    .openapi(mountedAt('/battles', battleRoutes.submit, { maxBodyBytes: MAX_SUBMISSION_BODY_BYTES }), async (c) => {
      // The session was resolved from this cookie, so it is there.
      const token = sessionTokenOf(c) ?? '';
      return c.json(await deps.submissions.submit(requireUser(c), token, c.req.valid('param').id, c.req.valid('json')), 202);
    });
}
