import type { BattlePlayer, BattleState } from '@eduscale/contracts';
import type { Sql } from '@eduscale/server-kit/deps';
import { ForbiddenError, NotFoundError } from '@eduscale/server-kit/errors';
import type { SessionUser } from '@eduscale/server-kit/sessions';
import type { Presence } from '../presence/presence.ts';
import { displayRating } from '../results/openskill.ts';
import * as repo from './play.repo.ts';

/**
 * The battles as every feature reads them: the row, the one access check on it, and the full
 * state players see (`battle:state`, `GET /api/battles/:id`).
 */
export function createBattles(deps: { sql: Sql; presence: Pick<Presence, 'connectedIn'> }) {
  const { sql } = deps;

  /** The battle, if `user` plays in it: 404 for no battle, 403 for someone else's. */
  async function requirePlayer(user: SessionUser, battleId: string): Promise<repo.BattleRow> {
    const battle = await repo.findBattle(sql, battleId);
    if (!battle) throw new NotFoundError(`No battle ${battleId}.`);
    if (!(await repo.isPlayer(sql, battleId, user.id))) throw new ForbiddenError('Only the players of a battle can do this.');
    return battle;
  }

  /** The full state, for broadcasts: no access check. */
  async function stateOf(battleId: string): Promise<BattleState> {
    const [battle, players] = await Promise.all([repo.findBattle(sql, battleId), repo.findPlayers(sql, battleId)]);
    if (!battle) throw new NotFoundError(`No battle ${battleId}.`);
    // Presence is a view; with Redis away the state still answers, everyone shown as away.
    const connected = await deps.presence.connectedIn(battleId, players.map((p) => p.userId)).catch(() => new Set<string>());
    return {
      id: battle.id,
      mode: battle.mode,
      status: battle.status,
      assignment: battle.assignment,
      players: players.map((p) => ({
        username: p.username,
        rating: displayRating(p),
        passed: p.passed,
        total: p.total,
        finishedAt: p.finishedAt?.toISOString() ?? null,
        forfeited: p.forfeitedAt !== null,
        connected: connected.has(p.userId),
        result: resultOf(p),
      })),
      winner: battle.winner,
      startedAt: battle.startedAt?.toISOString() ?? null,
      endsAt: battle.endsAt?.toISOString() ?? null,
      pausedAt: battle.pausedAt?.toISOString() ?? null,
      endReason: battle.endReason,
    };
  }

  return {
    find: (battleId: string) => repo.findBattle(sql, battleId),
    requirePlayer,
    stateOf,
    countRunning: () => repo.countRunningBattles(sql),
  };
}

/** A called-off battle moved no rating: before and after are the rating now. */
function resultOf(player: repo.BattlePlayerRow): BattlePlayer['result'] {
  if (player.rank === null || player.seasonPoints === null) return null;
  const rating = displayRating(player);
  return {
    rank: player.rank,
    ratingBefore: player.before ? displayRating(player.before) : rating,
    ratingAfter: player.after ? displayRating(player.after) : rating,
    seasonPoints: player.seasonPoints,
  };
}

export type Battles = ReturnType<typeof createBattles>;
