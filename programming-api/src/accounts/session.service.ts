import { createHash, randomBytes } from 'node:crypto';
import type { Sql } from '../db.ts';
import { deleteSession, findSessionUser, insertSession } from './sessions.repo.ts';

export interface SessionUser {
  id: string;
  username: string;
}

export const SESSION_COOKIE = 'eduscale_session';
const TOKEN_BYTES = 32;

const hashToken = (token: string) => createHash('sha256').update(token).digest();

export function createSessionService(deps: { sql: Sql; ttlDays: number; announceEnd(tokenHash: Buffer): Promise<void> }) {
  return {
    ttlSeconds: deps.ttlDays * 24 * 3600,

    /** Opens a session and returns the token for the cookie; only its hash is stored. */
    async open(userId: string): Promise<string> {
      const token = randomBytes(TOKEN_BYTES).toString('base64url');
      const expiresAt = new Date(Date.now() + deps.ttlDays * 24 * 3600 * 1000);
      await insertSession(deps.sql, { tokenHash: hashToken(token), userId, expiresAt });
      return token;
    },

    async resolve(token: string | undefined): Promise<SessionUser | undefined> {
      // A well-formed token is 43 base64url characters; anything else cannot be a session.
      if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
      return findSessionUser(deps.sql, hashToken(token));
    },

    /** Ends the session here and, through the announcement, on every battle server's open sockets. */
    async close(token: string | undefined): Promise<void> {
      if (!token) return;
      const tokenHash = hashToken(token);
      if (await deleteSession(deps.sql, tokenHash)) await deps.announceEnd(tokenHash);
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
