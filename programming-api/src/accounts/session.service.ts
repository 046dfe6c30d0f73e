import { randomBytes } from 'node:crypto';
import type { Sql } from '@eduscale/server-kit/deps';
import { createSessionLookup, hashToken } from '@eduscale/server-kit/sessions';
import { deleteSession, insertSession } from './sessions.repo.ts';

const TOKEN_BYTES = 32;

export function createSessionService(deps: { sql: Sql; ttlDays: number; announceEnd(tokenHash: Buffer): Promise<void> }) {
  return {
    ...createSessionLookup({ sql: deps.sql }),
    ttlSeconds: deps.ttlDays * 24 * 3600,

    /** Opens a session and returns the token for the cookie; only its hash is stored. */
    async open(userId: string): Promise<string> {
      const token = randomBytes(TOKEN_BYTES).toString('base64url');
      const expiresAt = new Date(Date.now() + deps.ttlDays * 24 * 3600 * 1000);
      await insertSession(deps.sql, { tokenHash: hashToken(token), userId, expiresAt });
      return token;
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
