/**
 * The fan-out bench's players and battles, written straight into the stack's Postgres in a
 * few multi-row inserts (the same rows battles.repo.ts's insertMatched/insertPlayers write),
 * then started one by one through the real `POST /api/battles/:id/start`.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Sql } from '@eduscale/server-kit/deps';
import { inWaves } from './waves.ts';

export interface BenchPlayer {
  id: string;
  /** The Cookie header that signs this player in. */
  cookie: string;
}

export interface BenchBattle {
  id: string;
  players: BenchPlayer[];
}

/** `count` users, each with a session valid for an hour. */
export async function createPlayers(sql: Sql, count: number): Promise<BenchPlayer[]> {
  const runTag = randomBytes(3).toString('hex');
  const users = Array.from({ length: count }, (_, i) => ({ username: `fan_${runTag}_${i}`, password_hash: 'not-a-hash' }));
  const rows = await sql<{ id: string }[]>`insert into users ${sql(users)} returning id`;
  const tokens = rows.map(() => randomBytes(32).toString('base64url'));
  const sessions = rows.map((row, i) => ({
    token_hash: createHash('sha256').update(tokens[i]!).digest(),
    user_id: row.id,
    expires_at: new Date(Date.now() + 3_600_000),
  }));
  await sql`insert into sessions ${sql(sessions)}`;
  return rows.map((row, i) => ({ id: row.id, cookie: `eduscale_session=${tokens[i]}` }));
}

/** Group battles of `playersPerBattle`, waiting to start, on one easy assignment of the seeded catalogue. */
export async function createWaitingBattles(sql: Sql, options: { players: BenchPlayer[]; playersPerBattle: number; durationSeconds: number }): Promise<BenchBattle[]> {
  const [assignment] = await sql<{ id: string }[]>`
    select id from assignments where retired_at is null and difficulty in ('easy', 'medium') order by slug limit 1`;
  if (!assignment) throw new Error('the stack seeded no easy or medium assignment');
  const count = Math.floor(options.players.length / options.playersPerBattle);
  const battles = Array.from({ length: count }, () => ({
    mode: 'group',
    status: 'waiting',
    assignment_id: assignment.id,
    pairing_key: `bench-${randomBytes(8).toString('hex')}`,
    duration_seconds: options.durationSeconds,
  }));
  const rows = await sql<{ id: string }[]>`insert into battles ${sql(battles)} returning id`;
  const created = rows.map((row, i) => ({ id: row.id, players: options.players.slice(i * options.playersPerBattle, (i + 1) * options.playersPerBattle) }));
  // Matched players are present from the start (they queued), as insertPlayers records them.
  const memberships = created.flatMap((battle) => battle.players.map((player) => ({ battle_id: battle.id, user_id: player.id, present_at: new Date() })));
  await sql`insert into battle_players ${sql(memberships)}`;
  await sql`insert into player_ratings ${sql(options.players.map((player) => ({ user_id: player.id })))} on conflict do nothing`;
  return created;
}

/** Starts each battle as its first player would, alternating between the battle-api instances. */
export async function startBattles(options: { battles: BenchBattle[]; instanceUrls: string[]; origin: string; concurrency: number }): Promise<void> {
  await inWaves(options.battles, options.concurrency, async (battle, i) => {
    const url = options.instanceUrls[i % options.instanceUrls.length]!;
    const response = await fetch(`${url}/api/battles/${battle.id}/start`, {
      method: 'POST',
      headers: { cookie: battle.players[0]!.cookie, origin: options.origin },
    });
    if (!response.ok) throw new Error(`starting battle ${battle.id} answered ${response.status}: ${await response.text()}`);
    await response.body?.cancel();
  });
}
