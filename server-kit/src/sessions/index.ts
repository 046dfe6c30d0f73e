export { SESSION_COOKIE, hashToken, isWellFormedToken, sessionTokenFromHeader, sessionTokenOf } from './session-cookie.ts';
export { createSessionLookup, type SessionLookup } from './session-lookup.ts';
export { loadSession, requireUser, type SessionEnv } from './session.middleware.ts';
export { findSessionUser, type SessionUser } from './sessions.repo.ts';
