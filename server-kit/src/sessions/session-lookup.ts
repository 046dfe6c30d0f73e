import type { Sql } from '../deps/postgres.ts';
import { hashToken, isWellFormedToken } from './session-cookie.ts';
import { findSessionUser, type SessionUser } from './sessions.repo.ts';

export interface SessionLookup {
  /** The user of the session this token opened, undefined for no token, a malformed one, or an ended session. */
  resolve(token: string | undefined): Promise<SessionUser | undefined>;
  /** The same by token hash (what a socket keeps, and what sign-outs announce). */
  resolveHash(tokenHash: Buffer): Promise<SessionUser | undefined>;
}

export function createSessionLookup(deps: { sql: Sql }): SessionLookup {
  return {
    async resolve(token) {
      if (!isWellFormedToken(token)) return undefined;
      return findSessionUser(deps.sql, hashToken(token));
    },
    resolveHash: (tokenHash) => findSessionUser(deps.sql, tokenHash),
  };
}
