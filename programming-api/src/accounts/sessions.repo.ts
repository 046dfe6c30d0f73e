import type { Queryable } from '@eduscale/server-kit/deps';

export async function insertSession(sql: Queryable, session: { tokenHash: Buffer; userId: string; expiresAt: Date }): Promise<void> {
  await sql`
    insert into sessions (token_hash, user_id, expires_at)
    values (${session.tokenHash}, ${session.userId}, ${session.expiresAt})`;
}

/** True when there was such a session. */
export async function deleteSession(sql: Queryable, tokenHash: Buffer): Promise<boolean> {
  const result = await sql`delete from sessions where token_hash = ${tokenHash}`;
  return result.count > 0;
}

export async function deleteExpiredSessions(sql: Queryable): Promise<number> {
  const result = await sql`delete from sessions where expires_at <= now()`;
  return result.count;
}
