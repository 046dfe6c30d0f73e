import type { Queryable } from '@eduscale/server-kit/deps';

/** Running, unpaused battles past their end, for the sweep that backs up the deadline jobs. */
export async function findOverdue(sql: Queryable, graceSeconds: number): Promise<string[]> {
  const rows = await sql<{ id: string }[]>`
    select id from battles
    where status = 'running' and paused_at is null and ends_at < now() - make_interval(secs => ${graceSeconds}) limit 100`;
  return rows.map((r) => r.id);
}

/** The players still in running battles. */
export async function findActivePlayers(sql: Queryable): Promise<{ battleId: string; userId: string }[]> {
  return sql<{ battleId: string; userId: string }[]>`
    select p.battle_id, p.user_id
    from battle_players p join battles b on b.id = p.battle_id
    where b.status = 'running' and p.forfeited_at is null`;
}

/** Stops the clock of every running battle with time left; answers the battles paused now. */
export async function pauseRunning(sql: Queryable): Promise<string[]> {
  const rows = await sql<{ id: string }[]>`
    update battles set paused_at = now()
    where status = 'running' and paused_at is null and ends_at > now()
    returning id`;
  return rows.map((r) => r.id);
}

/** Restarts paused clocks: each battle's end moves later by how long it was paused. */
export async function resumePaused(sql: Queryable): Promise<{ id: string; endsAt: Date }[]> {
  return sql<{ id: string; endsAt: Date }[]>`
    update battles set ends_at = ends_at + (now() - paused_at), paused_at = null
    where status = 'running' and paused_at is not null
    returning id, ends_at`;
}

export async function findPausedLongerThan(sql: Queryable, seconds: number): Promise<string[]> {
  const rows = await sql<{ id: string }[]>`
    select id from battles where status = 'running' and paused_at < now() - make_interval(secs => ${seconds}) limit 100`;
  return rows.map((r) => r.id);
}
