import type { Queryable } from '@eduscale/server-kit/deps';

/** The token hashes of these sessions that have not ended. */
export async function findLiveSessions(sql: Queryable, tokenHashes: Buffer[]): Promise<Buffer[]> {
  if (tokenHashes.length === 0) return [];
  const rows = await sql<{ tokenHash: Buffer }[]>`
    select token_hash from sessions where token_hash in ${sql(tokenHashes)} and expires_at > now()`;
  return rows.map((row) => row.tokenHash);
}
