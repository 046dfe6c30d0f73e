import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { RunRequest, RunResponse } from '../run.ts';
import { crossSite, jsonRequest, jsonResponse, problem, signedIn, unauthenticated } from './responses.ts';

/** Served by grader-api as `/run`; NGINX passes `/api/run` there after asking programming-api who the caller is. */
export const runRoute = createRoute({
  method: 'post',
  path: '/run',
  tags: ['run'],
  security: signedIn,
  summary: 'Run code on custom input in the sandbox (served by the grader fleet)',
  request: { body: jsonRequest(RunRequest) },
  responses: {
    200: jsonResponse(RunResponse, 'What the program did: whatever it does, a verdict'),
    400: problem('Invalid input'),
    401: unauthenticated,
    403: crossSite,
    413: problem('Code over 64 KiB, input over 256 KiB, or a body over 1 MiB'),
    429: problem('Too many runs of this user in flight (Retry-After says when to retry)'),
    503: problem('The sandbox is unavailable (its circuit breaker is open) or every grader is busy'),
  },
});

/** What a grader says about itself: its sandbox driver and what this host enforces, its load, its breaker. */
export const GraderHealth = z.object({
  status: z.enum(['ok', 'degraded']),
  driver: z.enum(['bubblewrap', 'docker']),
  enforcement: z.record(z.string(), z.string()),
  notes: z.array(z.string()),
  concurrency: z.number().int(),
  inFlight: z.number().int(),
  breaker: z.enum(['closed', 'half_open', 'open']),
});

/** A grader's own `/health`, for NGINX, compose and operators; not public. */
export const graderHealthRoute = createRoute({
  method: 'get',
  path: '/health',
  tags: ['health'],
  summary: "A grader's sandbox driver, what this host enforces, its load and its circuit breaker",
  responses: { 200: jsonResponse(GraderHealth, 'Ready to run'), 503: jsonResponse(GraderHealth, 'The breaker is open: runs are refused') },
});
