import type { BattleMode, MyBattles } from '@eduscale/contracts';
import type { Queryable } from '@eduscale/server-kit/deps';

export async function findUserByUsername(sql: Queryable, username: string): Promise<{ id: string; username: string } | undefined> {
  const [row] = await sql<{ id: string; username: string }[]>`select id, username from users where lower(username) = lower(${username})`;
  return row;
}

export async function findAssignmentId(sql: Queryable, slug: string): Promise<string | undefined> {
  const [row] = await sql<{ id: string }[]>`select id from assignments where slug = ${slug} and retired_at is null`;
  return row?.id;
}

/** A random live easy or medium assignment, for battles that name none: one offering every language of `languages` if any does. */
export async function randomBattleAssignmentId(sql: Queryable, languages: string[] = []): Promise<string | undefined> {
  const [row] = await sql<{ id: string }[]>`
    select id from assignments
    where retired_at is null and difficulty in ('easy', 'medium')
    order by languages @> ${languages}::text[] desc, random() limit 1`;
  return row?.id;
}

export async function insertChallenge(
  sql: Queryable,
  battle: { assignmentId: string; challengerId: string; opponentId: string; durationSeconds: number },
): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into battles (mode, status, assignment_id, challenger_id, opponent_id, duration_seconds)
    values ('1v1', 'invited', ${battle.assignmentId}, ${battle.challengerId}, ${battle.opponentId}, ${battle.durationSeconds})
    returning id`;
  if (!row) throw new Error('insert into battles returned no row');
  return row.id;
}

/** A matchmade battle: no challenger, named by its pairing (unique), waiting for its start. */
export async function insertMatched(
  sql: Queryable,
  battle: { mode: BattleMode; assignmentId: string; pairingKey: string; durationSeconds: number },
): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into battles (mode, status, assignment_id, pairing_key, duration_seconds)
    values (${battle.mode}, 'waiting', ${battle.assignmentId}, ${battle.pairingKey}, ${battle.durationSeconds})
    returning id`;
  if (!row) throw new Error('insert into battles returned no row');
  return row.id;
}

export async function findBattleByPairingKey(sql: Queryable, pairingKey: string): Promise<string | undefined> {
  const [row] = await sql<{ id: string }[]>`select id from battles where pairing_key = ${pairingKey}`;
  return row?.id;
}

/** The players of a new battle; `present` are in it from the start (the challenger, matched players), the others once they accept or join. */
export async function insertPlayers(sql: Queryable, battleId: string, userIds: string[], present: string[]): Promise<void> {
  await sql`insert into battle_players ${sql(userIds.map((userId) => ({ battle_id: battleId, user_id: userId })))}`;
  if (present.length > 0) await sql`update battle_players set present_at = now() where battle_id = ${battleId} and user_id in ${sql(present)}`;
  await sql`insert into player_ratings ${sql(userIds.map((userId) => ({ user_id: userId })))} on conflict do nothing`;
}

/** The player has accepted (called start) or joined the room: they are in the battle. */
export async function markPresent(sql: Queryable, battleId: string, userId: string): Promise<void> {
  await sql`update battle_players set present_at = now() where battle_id = ${battleId} and user_id = ${userId} and present_at is null`;
}

/** Players who have neither accepted nor joined, by name. */
export async function findAbsent(sql: Queryable, battleId: string): Promise<string[]> {
  const rows = await sql<{ username: string }[]>`
    select u.username from battle_players p join users u on u.id = p.user_id
    where p.battle_id = ${battleId} and p.present_at is null order by u.username`;
  return rows.map((r) => r.username);
}

/** The open challenge between two players, whoever challenged whom. */
export async function findOpenChallenge(sql: Queryable, a: string, b: string): Promise<string | undefined> {
  const [row] = await sql<{ id: string }[]>`
    select id from battles
    where least(challenger_id, opponent_id) = least(${a}::uuid, ${b}::uuid)
      and greatest(challenger_id, opponent_id) = greatest(${a}::uuid, ${b}::uuid)
      and status in ('invited', 'waiting', 'running')`;
  return row?.id;
}

/**
 * The database's half of "a battle starts once": only a battle still waiting to start, with
 * every player present, moves to running, and the battle_starts primary key refuses a second
 * start row. Undefined when the battle was not startable (someone has not accepted yet, or it
 * started already, or finished, or was cancelled).
 */
export async function markStarted(sql: Queryable, battleId: string, startedBy: string): Promise<{ startedAt: Date } | undefined> {
  const [row] = await sql<{ startedAt: Date }[]>`
    update battles b set status = 'running', started_at = now(), ends_at = now() + make_interval(secs => duration_seconds)
    where b.id = ${battleId} and b.status in ('invited', 'waiting')
      and not exists (select 1 from battle_players p where p.battle_id = b.id and p.present_at is null)
    returning started_at`;
  if (!row) return undefined;
  await sql`insert into battle_starts (battle_id, started_by, started_at) values (${battleId}, ${startedBy}, ${row.startedAt})`;
  return row;
}

/** Withdraws or declines a challenge that has not started. */
export async function cancelInvited(sql: Queryable, battleId: string): Promise<boolean> {
  const rows = await sql`update battles set status = 'cancelled' where id = ${battleId} and status = 'invited' returning id`;
  return rows.length > 0;
}

/** A player's battles, newest first. */
export async function listForUser(sql: Queryable, userId: string, limit: number): Promise<MyBattles['items']> {
  const rows = await sql<(Omit<MyBattles['items'][number], 'createdAt' | 'endsAt'> & { createdAt: Date; endsAt: Date | null })[]>`
    select b.id, b.mode, b.status, a.slug as assignment, c.username as challenger, w.username as winner, b.created_at, b.ends_at,
      coalesce((select array_agg(u.username order by u.username) from battle_players o join users u on u.id = o.user_id
                where o.battle_id = b.id and o.user_id <> ${userId}), '{}') as opponents
    from battle_players p
    join battles b on b.id = p.battle_id
    join assignments a on a.id = b.assignment_id
    left join users c on c.id = b.challenger_id
    left join users w on w.id = b.winner_id
    where p.user_id = ${userId}
    order by b.created_at desc
    limit ${limit}`;
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), endsAt: r.endsAt?.toISOString() ?? null }));
}
