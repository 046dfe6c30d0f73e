import { createHash } from 'node:crypto';
import type { Sql } from '../db.ts';
import { UnauthenticatedError } from '../errors.ts';
import { findLiveSessions, findSessionUser } from './sessions.repo.ts';

export interface SessionUser {
  id: string;
  username: string;
}

export const SESSION_COOKIE = 'eduscale_session';

/** Sessions are stored (and announced when they end) by the sha256 of their token. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest();

// A well-formed token is 43 base64url characters; anything else cannot be a session.
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function createSessionService(deps: { sql: Sql }) {
  return {
    async resolve(token: string | undefined): Promise<SessionUser | undefined> {
      if (!token || !TOKEN.test(token)) return undefined;
      return findSessionUser(deps.sql, hashToken(token));
    },

    /** The session's user while it lasts: undefined once it was signed out or expired. */
    resolveHash: (tokenHash: Buffer): Promise<SessionUser | undefined> => findSessionUser(deps.sql, tokenHash),

    /** Which of these sessions (token hashes, hex) still last. */
    async live(tokenHashes: string[]): Promise<Set<string>> {
      const live = new Set<string>();
      for (let i = 0; i < tokenHashes.length; i += 1000) {
        const chunk = tokenHashes.slice(i, i + 1000).map((hex) => Buffer.from(hex, 'hex'));
        for (const hash of await findLiveSessions(deps.sql, chunk)) live.add(hash.toString('hex'));
      }
      return live;
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;

export function requireSignedIn(user: SessionUser | undefined): SessionUser {
  if (!user) throw new UnauthenticatedError('Sign in to use this.');
  return user;
}
