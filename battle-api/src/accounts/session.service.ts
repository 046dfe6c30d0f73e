import { createHash } from 'node:crypto';
import type { Sql } from '../db.ts';
import { UnauthenticatedError } from '../errors.ts';
import { findSessionUser } from './sessions.repo.ts';

export interface SessionUser {
  id: string;
  username: string;
}

export const SESSION_COOKIE = 'eduscale_session';

const hashToken = (token: string) => createHash('sha256').update(token).digest();

/** Reads a Cookie header the way browsers send it (`a=1; b=2`). */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

export function createSessionService(deps: { sql: Sql }) {
  return {
    async resolve(token: string | undefined): Promise<SessionUser | undefined> {
      // A well-formed token is 43 base64url characters; anything else cannot be a session.
      if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
      return findSessionUser(deps.sql, hashToken(token));
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;

export function requireSignedIn(user: SessionUser | undefined): SessionUser {
  if (!user) throw new UnauthenticatedError('Sign in to use this.');
  return user;
}
