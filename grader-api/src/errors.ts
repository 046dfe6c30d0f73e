import { DependencyUnavailableError, TooManyRequestsError, problemType } from '@eduscale/server-kit/errors';

/** The sandbox cannot take work now (breaker open, too many waiting): 503 with Retry-After. */
export class GradingUnavailableError extends DependencyUnavailableError {
  override name = 'GradingUnavailableError';
  override readonly type = problemType('grading-unavailable');
  override readonly title = 'Grading unavailable';
  readonly retryAfterSeconds: number;

  constructor(detail: string, retryAfterSeconds: number, options?: { cause?: unknown }) {
    super(detail, { ...options, headers: { 'retry-after': String(retryAfterSeconds) } });
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
export class TooManyRunsError extends TooManyRequestsError {
  override name = 'TooManyRunsError';
  override readonly type = problemType('too-many-runs');
  override readonly title = 'Too many runs in progress';
}
