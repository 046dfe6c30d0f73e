import { SESSION_ENDED_CHANNEL, type SessionEnded } from '@eduscale/contracts';
import type { Redis } from '@eduscale/server-kit/deps';
import type { Logger } from '../logger.ts';

/**
 * Tells every battle server that a session ended (its sockets must close now, not at their
 * next reconnect). Best effort: the session row is already gone, and battle servers also
 * re-check their sockets' sessions every few seconds, so Redis being away delays the
 * disconnect instead of failing the sign-out.
 */
export function sessionEndAnnouncer(deps: { redis: Redis; logger: Logger }) {
  return async (tokenHash: Buffer): Promise<void> => {
    const message: SessionEnded = { tokenHash: tokenHash.toString('hex') };
    await deps.redis
      .publish(SESSION_ENDED_CHANNEL, JSON.stringify(message))
      .catch((error: unknown) => deps.logger.warn({ err: error }, 'announcing a session end failed; battle servers find it at their next session check'));
  };
}
