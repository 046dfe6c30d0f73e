import type { Queryable } from '../db.ts';

export interface SessionUserRow {
  id: string;
  username: string;
}

/** Sessions are programming-api's: battle-api only reads them. */
export async function findSessionUser(sql: Queryable, tokenHash: Buffer): Promise<SessionUserRow | undefined> {
  const [row] = await sql<SessionUserRow[]>`
    select u.id, u.username
    from sessions s join users u on u.id = s.user_id
    where s.token_hash = ${tokenHash} and s.expires_at > now()`;
  return row;
}

/** The token hashes of these sessions that have not ended. */
export async function findLiveSessions(sql: Queryable, tokenHashes: Buffer[]): Promise<Buffer[]> {
  if (tokenHashes.length === 0) return [];
  const rows = await sql<{ tokenHash: Buffer }[]>`
    select token_hash from sessions where token_hash in ${sql(tokenHashes)} and expires_at > now()`;
  return rows.map((row) => row.tokenHash);
}
