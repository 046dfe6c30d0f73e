import type { Queryable } from '@eduscale/server-kit/deps';

export interface UserRow {
  id: string;
  username: string;
  passwordHash: string;
}

/** Inserts a user; returns undefined when the name (in any case) is taken. */
export async function insertUser(sql: Queryable, user: { username: string; passwordHash: string }): Promise<UserRow | undefined> {
  const [row] = await sql<UserRow[]>`
    insert into users (username, password_hash) values (${user.username}, ${user.passwordHash})
    on conflict (lower(username)) do nothing
    returning id, username, password_hash`;
  return row;
}

export async function findUserByUsername(sql: Queryable, username: string): Promise<UserRow | undefined> {
  const [row] = await sql<UserRow[]>`
    select id, username, password_hash from users where lower(username) = lower(${username})`;
  return row;
}

export async function sumPoints(sql: Queryable, userId: string): Promise<number> {
  const [row] = await sql<{ points: number }[]>`
    select coalesce(sum(points), 0)::int as points from solves where user_id = ${userId}`;
  return row?.points ?? 0;
}
