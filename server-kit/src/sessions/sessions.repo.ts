import type { Queryable } from '../deps/postgres.ts';

export interface SessionUser {
  id: string;
  username: string;
}

/** The session's user while the session lasts. The sessions table is programming-api's; others only read it. */
export async function findSessionUser(sql: Queryable, tokenHash: Buffer): Promise<SessionUser | undefined> {
  const [row] = await sql<SessionUser[]>`
    select u.id, u.username
    from sessions s join users u on u.id = s.user_id
    where s.token_hash = ${tokenHash} and s.expires_at > now()`;
  return row;
}
