import { isDependencyFailure } from '../deps/dependency-failure.ts';
import { DependencyUnavailableError } from './common-errors.ts';
import { DomainError } from './domain-error.ts';

/** Domain errors as they are; unreachable Postgres or Redis as a 503; anything else (a bug) undefined. */
export function asDomainError(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (isDependencyFailure(error)) {
    return new DependencyUnavailableError('A dependency (database or cache) is unavailable; try again shortly.', { cause: error });
  }
  return undefined;
}
