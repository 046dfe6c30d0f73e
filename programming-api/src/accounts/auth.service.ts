import type { Credentials, User } from '@eduscale/contracts';
import type { Sql } from '@eduscale/server-kit/deps';
import { ConflictError } from '@eduscale/server-kit/errors';
import { InvalidCredentialsError } from '../errors.ts';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password.ts';
import type { AuthRateLimits } from './rate-limits.ts';
import type { SessionUser } from '@eduscale/server-kit/sessions';
import type { SessionService } from './session.service.ts';
import { findUserByUsername, insertUser, sumPoints } from './users.repo.ts';

export interface SignedIn {
  user: User;
  sessionToken: string;
}

export function createAuthService(deps: { sql: Sql; sessions: SessionService; rateLimits: AuthRateLimits }) {
  const { sql, sessions, rateLimits } = deps;

  return {
    async register(credentials: Credentials, ip: string): Promise<SignedIn> {
      await rateLimits.consumeRegistration(ip);
      const passwordHash = await hashPassword(credentials.password);
      const row = await insertUser(sql, { username: credentials.username, passwordHash });
      if (!row) throw new ConflictError(`The username "${credentials.username}" is taken.`);
      return { user: { id: row.id, username: row.username }, sessionToken: await sessions.open(row.id) };
    },

    async login(credentials: Credentials, ip: string): Promise<SignedIn> {
      await rateLimits.beforeLogin(credentials.username, ip);
      const row = await findUserByUsername(sql, credentials.username);
      const valid = row ? await verifyPassword(row.passwordHash, credentials.password) : await verifyAgainstDummy(credentials.password);
      if (!row || !valid) {
        await rateLimits.recordLoginFailure(credentials.username, ip);
        throw new InvalidCredentialsError('The username or password is wrong.');
      }
      await rateLimits.recordLoginSuccess(credentials.username, ip);
      return { user: { id: row.id, username: row.username }, sessionToken: await sessions.open(row.id) };
    },

    logout(sessionToken: string | undefined): Promise<void> {
      return sessions.close(sessionToken);
    },

    async me(user: SessionUser): Promise<{ user: User; points: number }> {
      return { user: { id: user.id, username: user.username }, points: await sumPoints(sql, user.id) };
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
