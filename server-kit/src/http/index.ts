export { clientAddressOf, type ProxyTrust } from './client-address.ts';
export { assertSameSite, csrfProtection, isSameOrigin, isStateChanging } from './csrf.ts';
export { handleError, handleNotFound } from './error-handler.ts';
export { MAX_JSON_BODY_BYTES, jsonBody, type JsonBodyOptions } from './json-body.ts';
export { createHttpMetrics, createRegistry, type HttpMetrics } from './metrics.ts';
export { problemResponse } from './problem.ts';
export { withChecks, type RouteChecks } from './route-checks.ts';
export { requestContext, type RequestEnv, type RequestVariables } from './request-context.ts';
export { parseWith, rejectInvalidInput } from './validate.ts';
