/**
 * Domain errors: services throw these, and the app's one error handler turns each into
 * RFC 9457 problem+json with the status and stable `type` it carries.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly type: string;
  abstract readonly title: string;
  /** Extra members for the problem body (e.g. `errors`, `checks`). */
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

  constructor(detail: string, errors: FieldProblem[] = []) {
    super(detail, errors.length > 0 ? { extensions: { errors } } : undefined);
  }
}

export class UnauthenticatedError extends DomainError {
  override name = 'UnauthenticatedError';
  readonly status = 401;
  readonly type = problemType('unauthenticated');
  readonly title = 'Not signed in';
}

export class InvalidCredentialsError extends DomainError {
  override name = 'InvalidCredentialsError';
  readonly status = 401;
  readonly type = problemType('invalid-credentials');
  readonly title = 'Wrong username or password';
}

export class ForbiddenError extends DomainError {
  override name = 'ForbiddenError';
  readonly status = 403;
  readonly type = problemType('forbidden');
  readonly title = 'Forbidden';
}

export class NotFoundError extends DomainError {
  override name = 'NotFoundError';
  readonly status = 404;
  readonly type = problemType('not-found');
  readonly title = 'Not found';
}

export class ConflictError extends DomainError {
  override name = 'ConflictError';
  readonly status = 409;
  readonly type = problemType('conflict');
  readonly title = 'Conflict';
}

export class PayloadTooLargeError extends DomainError {
  override name = 'PayloadTooLargeError';
  readonly status = 413;
  readonly type = problemType('payload-too-large');
  readonly title = 'Payload too large';
}

export class UnsupportedMediaTypeError extends DomainError {
  override name = 'UnsupportedMediaTypeError';
  readonly status = 415;
  readonly type = problemType('unsupported-media-type');
  readonly title = 'Unsupported media type';
}

export class RateLimitedError extends DomainError {
  override name = 'RateLimitedError';
  readonly status = 429;
  readonly type = problemType('rate-limited');
  readonly title = 'Too many requests';
  readonly retryAfterSeconds: number;

  constructor(detail: string, retryAfterSeconds: number) {
    super(detail);
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
  }
}

export class DependencyUnavailableError extends DomainError {
  override name = 'DependencyUnavailableError';
  readonly status = 503;
  readonly type = problemType('dependency-unavailable');
  readonly title = 'Service unavailable';
}
