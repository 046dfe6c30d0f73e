import { z } from 'zod';

export const Username = z
  .string()
  .min(3, 'must be at least 3 characters')
  .max(32, 'must be at most 32 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'may contain only letters, digits, "_" and "-"');

export const Password = z
  .string()
  .min(8, 'must be at least 8 characters')
  // argon2 hashes any length, but an unbounded password is a cheap way to burn CPU.
  .max(256, 'must be at most 256 characters');

export const Credentials = z.strictObject({ username: Username, password: Password });
export type Credentials = z.infer<typeof Credentials>;

export const User = z.object({ id: z.string(), username: z.string() });
export type User = z.infer<typeof User>;

export const AuthResponse = z.object({ user: User });
export type AuthResponse = z.infer<typeof AuthResponse>;
export const MeResponse = z.object({ user: User, points: z.number().int() });
export type MeResponse = z.infer<typeof MeResponse>;

/**
 * Signing out ends a session at once everywhere: programming-api publishes the session's
 * token hash (sha256, hex; never the token) on this Redis channel, unprefixed like
 * `gradingChannel`, and every battle-api instance disconnects that session's sockets.
 */
export const SESSION_ENDED_CHANNEL = 'sessions:ended';
export const SessionEnded = z.object({ tokenHash: z.string().regex(/^[0-9a-f]{64}$/) });
export type SessionEnded = z.infer<typeof SessionEnded>;
