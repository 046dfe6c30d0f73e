import type { BattleEnd, BattleState } from '@eduscale/contracts';
import type { Sql } from '../db.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import type { RatingLeaderboardService } from '../ratings/leaderboard.ts';
import { NEW_PLAYER, displayRating, rateBattle } from '../ratings/openskill.ts';
import * as ratingsRepo from '../ratings/ratings.repo.ts';
import * as play from './battle-play.repo.ts';
import { rankStandings, winnerOf } from './ranking.ts';

export interface BattleEndDeps {
  sql: Sql;
  leaderboard: RatingLeaderboardService;
  broadcast: { end(end: BattleEnd): void; state(state: BattleState): void };
  stateOf(battleId: string): Promise<BattleState>;
  /** The battle's deadline job is no longer needed. */
  cancelDeadline(battleId: string): Promise<void>;
  metrics: Metrics;
  logger: Logger;
}

/**
 * Ends a running battle once, whoever calls (a full pass in a 1v1, the deadline job on any
 * instance, the overdue sweep): the battle row is locked, finished gradings not yet counted
 * are counted, the ranking is taken, and `status = 'running'` → `finished` happens once, in the
 * same transaction as the rating updates. A second caller finds it finished and does nothing.
 */
export function createBattleEnder(deps: BattleEndDeps) {
  const { sql } = deps;

  async function end(battleId: string, reason: 'solved' | 'deadline' | 'overdue' | 'all_finished'): Promise<BattleEnd | undefined> {
    const ended = await sql.begin(async (tx) => {
      const battle = await play.lockBattle(tx, battleId, 'update');
      if (battle?.status !== 'running') return undefined;
      for (const graded of await play.claimGraded(tx, battleId)) await play.recordBest(tx, graded);
      const ranked = rankStandings(await play.findStandings(tx, battleId));
      const winner = winnerOf(ranked);
      if (!(await play.markFinished(tx, battleId, winner?.userId ?? null))) return undefined;
      const skills = await ratingsRepo.lockRatings(tx, ranked.map((r) => r.userId));
      const players = ranked.map((r) => ({ ...r, skill: skills.get(r.userId) ?? NEW_PLAYER }));
      const after = rateBattle(players);
      const ratings: BattleEnd['ratings'] = {};
      for (const [i, player] of players.entries()) {
        const updated = after[i] ?? player.skill;
        await play.setRank(tx, battleId, player.userId, player.rank);
        await ratingsRepo.applyRating(tx, { userId: player.userId, battleId, before: player.skill, after: updated });
        ratings[player.username] = { before: displayRating(player.skill), after: displayRating(updated) };
      }
      return { battleId, winner: winner?.username ?? null, ratings } satisfies BattleEnd;
    });
    if (!ended) return undefined;
    deps.metrics.battleEnds.inc({ reason });
    deps.logger.info({ battleId, reason, winner: ended.winner }, 'battle ended');
    // The result is committed; these only refresh views of it, so a failure is logged, not thrown.
    await deps.leaderboard
      .update(Object.entries(ended.ratings).map(([username, r]) => ({ username, rating: r.after })))
      .catch((error: unknown) => deps.logger.warn({ err: error, battleId }, 'rating leaderboard update failed'));
    if (reason !== 'deadline') await deps.cancelDeadline(battleId).catch(() => {});
    deps.broadcast.end(ended);
    deps.broadcast.state(await deps.stateOf(battleId));
    return ended;
  }

  return { end };
}

export type BattleEnder = ReturnType<typeof createBattleEnder>;
