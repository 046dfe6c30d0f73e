import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { DependencyUnavailableError, DomainError, NotFoundError } from '../errors.ts';
import { isDependencyFailure } from './dependency-failure.ts';
import { problemResponse } from './problem.ts';
import type { AppEnv } from './request-context.ts';

/** The one place errors become problem+json: expected ones say what went wrong, unexpected ones say nothing. */
export const handleError: ErrorHandler<AppEnv> = (error, c) => {
  const domainError = asDomainError(error);
  if (domainError) {
    if (domainError.status >= 500) c.var.log.warn({ err: error }, domainError.message);
    return problemFor(c, domainError);
  }
  if (error instanceof HTTPException) {
    return problemResponse({ type: 'about:blank', title: error.message || 'Request failed', status: error.status, requestId: c.var.requestId });
  }
  c.var.log.error({ err: error }, 'unexpected error');
  return problemResponse({
    type: 'about:blank',
    title: 'Internal server error',
    status: 500,
    detail: 'Something went wrong on our side. Quote the request id if you report it.',
    requestId: c.var.requestId,
  });
};

export const handleNotFound: NotFoundHandler<AppEnv> = (c) =>
  problemFor(c, new NotFoundError(`No route for ${c.req.method} ${new URL(c.req.url).pathname}`));

/** Domain errors as they are; unreachable Postgres or Redis as a 503; anything else undefined. */
export function asDomainError(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (isDependencyFailure(error)) {
    return new DependencyUnavailableError('A dependency (database or cache) is unavailable; try again shortly.', { cause: error });
  }
  return undefined;
}

function problemFor(c: Context<AppEnv>, error: DomainError): Response {
  return problemResponse({ type: error.type, title: error.title, status: error.status, detail: error.message, requestId: c.var.requestId, ...error.extensions });
}
