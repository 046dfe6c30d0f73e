import { DomainError, problemType, type DomainErrorOptions } from './domain-error.ts';

export interface FieldProblem {
  path: string;
  message: string;
}

type Options = Omit<DomainErrorOptions, 'extensions' | 'headers'>;

export class InvalidRequestError extends DomainError {
  override name = 'InvalidRequestError';
  readonly status: number = 400;
  readonly type: string = problemType('invalid-request');
  readonly title: string = 'Invalid request';

  constructor(detail: string, errors: FieldProblem[] = [], options: Options = {}) {
    super(detail, errors.length > 0 ? { ...options, extensions: { errors } } : options);
  }
}

export class UnauthenticatedError extends DomainError {
  override name = 'UnauthenticatedError';
  readonly status: number = 401;
  readonly type: string = problemType('unauthenticated');
  readonly title: string = 'Not signed in';
}

export class ForbiddenError extends DomainError {
  override name = 'ForbiddenError';
  readonly status: number = 403;
  readonly type: string = problemType('forbidden');
  readonly title: string = 'Forbidden';
}

export class NotFoundError extends DomainError {
  override name = 'NotFoundError';
  readonly status: number = 404;
  readonly type: string = problemType('not-found');
  readonly title: string = 'Not found';
}

export class ConflictError extends DomainError {
  override name = 'ConflictError';
  readonly status: number = 409;
  readonly type: string = problemType('conflict');
  readonly title: string = 'Conflict';
}

export class PayloadTooLargeError extends DomainError {
  override name = 'PayloadTooLargeError';
  readonly status: number = 413;
  readonly type: string = problemType('payload-too-large');
  readonly title: string = 'Payload too large';
}

export class UnsupportedMediaTypeError extends DomainError {
  override name = 'UnsupportedMediaTypeError';
  readonly status: number = 415;
  readonly type: string = problemType('unsupported-media-type');
  readonly title: string = 'Unsupported media type';
}

/** Sent with Retry-After in whole seconds, at least 1 (a 0 invites an immediate retry storm). */
export class TooManyRequestsError extends DomainError {
  override name = 'TooManyRequestsError';
  readonly status: number = 429;
  readonly type: string = problemType('rate-limited');
  readonly title: string = 'Too many requests';
  readonly retryAfterSeconds: number;

  constructor(detail: string, retryAfterSeconds: number, options: Options = {}) {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    super(detail, { ...options, headers: { 'retry-after': String(seconds) } });
    this.retryAfterSeconds = seconds;
  }
}

/** Postgres, Redis or another service we need is away: 503, and the client may try again. */
export class DependencyUnavailableError extends DomainError {
  override name = 'DependencyUnavailableError';
  readonly status: number = 503;
  readonly type: string = problemType('dependency-unavailable');
  readonly title: string = 'Service unavailable';
}
