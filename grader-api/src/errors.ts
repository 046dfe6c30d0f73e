/** Domain errors; the app's one error handler turns each into problem+json. */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly type: string;
  abstract readonly title: string;
  readonly extensions: Record<string, unknown>;

  constructor(detail: string, options?: { cause?: unknown; extensions?: Record<string, unknown> }) {
    super(detail, { cause: options?.cause });
    this.extensions = options?.extensions ?? {};
  }
}

const problemType = (slug: string) => `https://eduscale.dev/problems/${slug}`;

export class InvalidRequestError extends DomainError {
  override name = 'InvalidRequestError';
  readonly status = 400;
  readonly type = problemType('invalid-request');
  readonly title = 'Invalid request';
}

export class PayloadTooLargeError extends DomainError {
  override name = 'PayloadTooLargeError';
  readonly status = 413;
  readonly type = problemType('payload-too-large');
  readonly title = 'Payload too large';
}

export class GradingUnavailableError extends DomainError {
  override name = 'GradingUnavailableError';
  readonly status = 503;
  readonly type = problemType('grading-unavailable');
  readonly title = 'Grading unavailable';
  readonly retryAfterSeconds: number;

  constructor(detail: string, retryAfterSeconds: number, options?: { cause?: unknown }) {
    super(detail, options);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * The sandbox failed while running this work (it had started it): unlike a breaker that refused
 * to start anything, the work itself met the fault, so a grading spends an attempt on it.
 */
export class SandboxFailedError extends GradingUnavailableError {
  override name = 'SandboxFailedError';
}

/** A user with as many runs in flight as they may have: the next waits for one to finish. */
export class TooManyRunsError extends DomainError {
  override name = 'TooManyRunsError';
  readonly status = 429;
  readonly type = problemType('too-many-runs');
  readonly title = 'Too many runs in progress';
  readonly retryAfterSeconds: number;

  constructor(detail: string, retryAfterSeconds: number) {
    super(detail);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
