import { ConflictError, DomainError, problemType } from '@eduscale/server-kit/errors';

/**
 * battle-api's own domain errors; the common ones (not found, forbidden, …) are server-kit's.
 * The socket handlers answer any of them with an ack code derived from its status.
 */

/** A challenge the challenged player has not taken up (accepted, or joined the room) cannot start. */
export class NotAcceptedError extends ConflictError {
  override name = 'NotAcceptedError';
  override readonly type = problemType('not-accepted');
  override readonly title = 'Not accepted yet';
}

/** A 4xx problem from programming-api about the caller's request, passed on unchanged. */
export class UpstreamProblemError extends DomainError {
  override name = 'UpstreamProblemError';
  readonly status: number;
  readonly type: string;
  readonly title: string;

  constructor(problem: { status: number; problemType: string; title: string; detail: string; extensions: Record<string, unknown> }) {
    super(problem.detail, { extensions: problem.extensions });
    this.status = problem.status;
    this.type = problem.problemType;
    this.title = problem.title;
  }
}
