export { DomainError, problemType, type DomainErrorOptions } from './domain-error.ts';
export {
  ConflictError,
  DependencyUnavailableError,
  ForbiddenError,
  InvalidRequestError,
  NotFoundError,
  PayloadTooLargeError,
  TooManyRequestsError,
  UnauthenticatedError,
  UnsupportedMediaTypeError,
  type FieldProblem,
} from './common-errors.ts';
export { asDomainError } from './as-domain-error.ts';
