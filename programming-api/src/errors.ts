import { DomainError, problemType } from '@eduscale/server-kit/errors';

/** The common errors (not found, conflict, …) are server-kit's; these are this API's own. */
export class InvalidCredentialsError extends DomainError {
  override name = 'InvalidCredentialsError';
  readonly status = 401;
  readonly type = problemType('invalid-credentials');
  readonly title = 'Wrong username or password';
}
