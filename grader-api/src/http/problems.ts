import { PROBLEM_CONTENT_TYPE } from '@eduscale/contracts';
import type { ErrorHandler, NotFoundHandler } from 'hono';
import type { Logger } from '../logger.ts';
import { DomainError, GradingUnavailableError, TooManyRunsError } from '../errors.ts';

function problem(body: Record<string, unknown> & { status: number }, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status: body.status, headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...headers } });
}

/** Domain errors say what went wrong; anything else is logged and answered without detail. */
export function errorHandler(logger: Logger): ErrorHandler {
  return (error) => {
    if (error instanceof DomainError) {
      if (error.status >= 500) logger.error({ err: error.cause ?? error }, error.message);
      const retryAfter = error instanceof GradingUnavailableError || error instanceof TooManyRunsError ? error.retryAfterSeconds : undefined;
      const headers: Record<string, string> = retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) };
      return problem({ type: error.type, title: error.title, status: error.status, detail: error.message, ...error.extensions }, headers);
    }
    logger.error({ err: error }, 'unexpected error');
    return problem({ type: 'about:blank', title: 'Internal server error', status: 500, detail: 'The grader failed unexpectedly.' });
  };
}

export const notFound: NotFoundHandler = (c) =>
  problem({ type: 'https://eduscale.dev/problems/not-found', title: 'Not found', status: 404, detail: `No route for ${c.req.method} ${c.req.path}` });
