/**
 * Domain errors: services throw these, and the app's one error handler turns each into
 * RFC 9457 problem+json; the socket handlers turn them into ack codes.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly type: string;
  abstract readonly title: string;
  abstract readonly code: 'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'unavailable';
  /** Extra members for the problem body (e.g. `errors`, `battleId`). */
  readonly extensions: Record<string, unknown>;

  constructor(detail: string, options?: { cause?: unknown; extensions?: Record<string, unknown> }) {
    super(detail, { cause: options?.cause });
    this.extensions = options?.extensions ?? {};
  }
}

const problemType = (slug: string) => `https://eduscale.dev/problems/${slug}`;

export interface FieldProblem {
  path: string;
  message: string;
}

export class InvalidRequestError extends DomainError {
  override name = 'InvalidRequestError';
  readonly status = 400;
  readonly type = problemType('invalid-request');
  readonly title = 'Invalid request';
  readonly code = 'invalid';

  constructor(detail: string, errors: FieldProblem[] = []) {
    super(detail, errors.length > 0 ? { extensions: { errors } } : undefined);
  }
}

export class UnauthenticatedError extends DomainError {
  override name = 'UnauthenticatedError';
  readonly status = 401;
  readonly type = problemType('unauthenticated');
  readonly title = 'Not signed in';
  readonly code = 'unauthenticated';
}

export class ForbiddenError extends DomainError {
  override name = 'ForbiddenError';
  readonly status = 403;
  readonly type = problemType('forbidden');
  readonly title = 'Forbidden';
  readonly code = 'forbidden';
}

export class NotFoundError extends DomainError {
  override name = 'NotFoundError';
  readonly status = 404;
  readonly type = problemType('not-found');
  readonly title = 'Not found';
  readonly code = 'not_found';
}

export class ConflictError extends DomainError {
  override name = 'ConflictError';
  readonly status = 409;
  readonly type = problemType('conflict');
  readonly title = 'Conflict';
  readonly code = 'conflict';
}

/** A challenge the challenged player has not taken up (accepted, or joined the room) cannot start. */
export class NotAcceptedError extends DomainError {
  override name = 'NotAcceptedError';
  readonly status = 409;
  readonly type = problemType('not-accepted');
  readonly title = 'Not accepted yet';
  readonly code = 'conflict';
}

export class PayloadTooLargeError extends DomainError {
  override name = 'PayloadTooLargeError';
  readonly status = 413;
  readonly type = problemType('payload-too-large');
  readonly title = 'Payload too large';
  readonly code = 'invalid';
}

export class UnsupportedMediaTypeError extends DomainError {
  override name = 'UnsupportedMediaTypeError';
  readonly status = 415;
  readonly type = problemType('unsupported-media-type');
  readonly title = 'Unsupported media type';
  readonly code = 'invalid';
}

export class DependencyUnavailableError extends DomainError {
  override name = 'DependencyUnavailableError';
  readonly status = 503;
  readonly type = problemType('dependency-unavailable');
  readonly title = 'Service unavailable';
  readonly code = 'unavailable';
}

const UPSTREAM_CODES: Record<number, DomainError['code']> = { 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found', 409: 'conflict' };

/** A 4xx problem from programming-api about the caller's request, passed on unchanged. */
export class UpstreamProblemError extends DomainError {
  override name = 'UpstreamProblemError';
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly code: DomainError['code'];

  constructor(problem: { status: number; problemType: string; title: string; detail: string; extensions: Record<string, unknown> }) {
    super(problem.detail, { extensions: problem.extensions });
    this.status = problem.status;
    this.type = problem.problemType;
    this.title = problem.title;
    this.code = UPSTREAM_CODES[problem.status] ?? 'invalid';
  }
}
