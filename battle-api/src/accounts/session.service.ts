import type { Sql } from '@eduscale/server-kit/deps';
import { createSessionLookup } from '@eduscale/server-kit/sessions';
import { findLiveSessions } from './sessions.repo.ts';

/** Sessions are programming-api's: battle-api only reads them (the cookie → user is server-kit's). */
export function createSessionService(deps: { sql: Sql }) {
  return {
    ...createSessionLookup({ sql: deps.sql }),

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
