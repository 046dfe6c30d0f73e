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
