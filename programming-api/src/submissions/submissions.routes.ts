import { MAX_SUBMISSION_BODY_BYTES, SubmissionListQuery, SubmissionRequest } from '@eduscale/contracts';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import { requireUser, type SessionEnv } from '@eduscale/server-kit/sessions';
import { jsonBody, parseWith } from '@eduscale/server-kit/http';
import type { SubmissionEvents } from './submission-events.ts';
import type { SubmissionService } from './submissions.service.ts';

const SubmissionId = z.uuid({ message: 'must be a submission id' });

export function submissionRoutes(deps: { submissions: SubmissionService; events: SubmissionEvents }) {
  const { submissions, events } = deps;
  return new Hono<SessionEnv>()
    .post('/submissions', async (c) => {
      const user = requireUser(c);
      // The code's own size (MAX_CODE_BYTES) is checked after parsing, as a 413.
      const outcome = await submissions.submit(user, await jsonBody(c, SubmissionRequest, { maxBytes: MAX_SUBMISSION_BODY_BYTES }));
      return c.json(outcome.body, outcome.status);
    })
    .get('/submissions', async (c) => {
      const user = requireUser(c);
      const query = parseWith(SubmissionListQuery, c.req.query(), 'query');
      return c.json({ items: await submissions.list(user, query) });
    })
    .get('/submissions/:id', async (c) => {
      const user = requireUser(c);
      return c.json(await submissions.get(user, parseWith(SubmissionId, c.req.param('id'), 'submission id')));
    })
    .get('/submissions/:id/events', async (c) => {
      const user = requireUser(c);
      const stream = await events.open(user, parseWith(SubmissionId, c.req.param('id'), 'submission id'));
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
