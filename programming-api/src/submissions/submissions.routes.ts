import { OpenAPIHono } from '@hono/zod-openapi';
import { MAX_SUBMISSION_BODY_BYTES } from '@eduscale/contracts';
import { submissionRoutes as routes } from '@eduscale/contracts/routes';
import { streamSSE } from 'hono/streaming';
import { rejectInvalidInput, withChecks } from '@eduscale/server-kit/http';
import { requireUser, type SessionEnv } from '@eduscale/server-kit/sessions';
import type { SubmissionEvents } from './submission-events.ts';
import type { SubmissionService } from './submissions.service.ts';

export function submissionRoutes(deps: { submissions: SubmissionService; events: SubmissionEvents }) {
  const { submissions, events } = deps;
  return new OpenAPIHono<SessionEnv>({ defaultHook: rejectInvalidInput })
    // The code's own size (MAX_CODE_BYTES) is checked after parsing, as a 413.
    .openapi(withChecks(routes.submit, { maxBodyBytes: MAX_SUBMISSION_BODY_BYTES }), async (c) => {
      const outcome = await submissions.submit(requireUser(c), c.req.valid('json'));
      return outcome.status === 200 ? c.json(outcome.body, 200) : c.json(outcome.body, 202);
    })
    .openapi(withChecks(routes.list), async (c) => c.json({ items: await submissions.list(requireUser(c), c.req.valid('query')) }, 200))
    .openapi(withChecks(routes.get), async (c) => c.json(await submissions.get(requireUser(c), c.req.valid('param').id), 200))
    .openapi(withChecks(routes.events), async (c) => {
      const stream = await events.open(requireUser(c), c.req.valid('param').id);
      // NGINX would otherwise buffer the stream and deliver it all at the end.
      c.header('x-accel-buffering', 'no');
      c.header('cache-control', 'no-cache');
      return streamSSE(c, async (sse) => {
        const aborted = new AbortController();
        sse.onAbort(() => aborted.abort());
        await stream(
          {
            send: (event, data) => sse.writeSSE({ event, data: JSON.stringify(data) }),
            ping: () => sse.write(': keep-alive\n\n').then(() => undefined),
          },
          aborted.signal,
        );
      });
    });
}
