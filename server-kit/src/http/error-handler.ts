import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { asDomainError } from '../errors/as-domain-error.ts';
import { NotFoundError } from '../errors/common-errors.ts';
import type { DomainError } from '../errors/domain-error.ts';
import { problemResponse } from './problem.ts';
import type { RequestVariables } from './request-context.ts';

// Any app whose env includes the request context's variables (`requestContext` runs first).
const requestVariables = (c: Context): RequestVariables => c.var as RequestVariables;

/**
 * The one place errors become problem+json, each with the request id: expected ones say what
 * went wrong, unexpected ones say nothing (their stack goes to the log, never to the client).
 */
export const handleError: ErrorHandler = (error, c) => {
  const { log, requestId } = requestVariables(c);
  const domainError = asDomainError(error);
  if (domainError) {
    if (domainError.status >= 500) log.warn({ err: error }, domainError.message);
    return problemFor(c, domainError);
  }
  if (error instanceof HTTPException) {
    return problemResponse(c, { type: 'about:blank', title: error.message || 'Request failed', status: error.status, requestId });
  }
  log.error({ err: error }, 'unexpected error');
  return problemResponse(c, {
    type: 'about:blank',
    title: 'Internal server error',
    status: 500,
    detail: 'Something went wrong on our side. Quote the request id if you report it.',
    requestId,
  });
};

export const handleNotFound: NotFoundHandler = (c) =>
  problemFor(c, new NotFoundError(`No route for ${c.req.method} ${new URL(c.req.url).pathname}`));

function problemFor(c: Context, error: DomainError): Response {
  return problemResponse(
    c,
    { type: error.type, title: error.title, status: error.status, detail: error.message, requestId: requestVariables(c).requestId, ...error.extensions },
    error.headers,
  );
}
