/** Moved to @eduscale/test-kit (edge, http, env); kept for the tests that still import it from here. */
export { EDGE_URL, edge, signUp, type EdgeRequest, type EdgeResponse } from '@eduscale/test-kit/edge';
export { requireEnv } from '@eduscale/test-kit/env';
export { sessionCookie, uniqueUsername } from '@eduscale/test-kit/http';
