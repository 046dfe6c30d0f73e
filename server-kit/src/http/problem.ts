import { PROBLEM_CONTENT_TYPE, type Problem } from '@eduscale/contracts';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** A problem+json response through the context, so headers set earlier (x-request-id) go with it. */
export function problemResponse(c: Context, problem: Problem & Record<string, unknown>, headers: Record<string, string> = {}): Response {
  return c.body(JSON.stringify(problem), problem.status as ContentfulStatusCode, { ...headers, 'content-type': PROBLEM_CONTENT_TYPE });
}
