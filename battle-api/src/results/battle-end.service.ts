import type { BattleEnd, BattleEndReason, BattleState } from '@eduscale/contracts';
import type { Queryable, Sql } from '@eduscale/server-kit/deps';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import type { BattleBroadcaster } from '../sockets/broadcaster.ts';
import type { RatingLeaderboardService } from './leaderboard.ts';
import { NEW_PLAYER, displayRating, rateBattle } from './openskill.ts';
import { rankStandings, seasonPoints, winnerOf } from './ranking.ts';
import * as ratingsRepo from './ratings.repo.ts';
import * as repo from './results.repo.ts';

export interface BattleEndDeps {
  sql: Sql;
  leaderboard: RatingLeaderboardService;
  broadcaster: Pick<BattleBroadcaster, 'end' | 'state'>;
  stateOf(battleId: string): Promise<BattleState>;
  /** The battle's deadline job is no longer needed. */
  cancelDeadline(battleId: string): Promise<void>;
  metrics: Metrics;
  logger: Logger;
}

/** Why `end` was called; the sweep's 'overdue' is a late 'deadline' to the players. */
export type EndTrigger = Exclude<BattleEndReason, 'forfeit'> | 'overdue';

interface Ended {
  end: BattleEnd;
  season: string;
}

/**
 * Ends a running battle once, whoever calls (a full pass in a 1v1, the deadline job on any
 * instance, the overdue sweep, a forfeit, the grading watch): the battle row is locked,
 * finished gradings not yet counted are counted, the ranking is taken, and `status =
 * 'running'` → `finished` happens once, in the same transaction as the ratings and season
 * points. A second caller finds it finished and does nothing.
 */
export function createBattleEnder(deps: BattleEndDeps) {
  const { sql } = deps;

  /** Inside the caller's transaction, with the battle row locked for update and running. */
  async function finish(tx: Queryable, battleId: string, reason: BattleEndReason): Promise<Ended | undefined> {
    for (const graded of await repo.claimGraded(tx, battleId)) await repo.recordBest(tx, graded);
    // Called off for lack of grading: a draw that moves nobody's rating.
    const calledOff = reason === 'grading_unavailable';
    const standings = await repo.findStandings(tx, battleId);
    const ranked = calledOff ? standings.map((s) => ({ ...s, rank: 1 })) : rankStandings(standings);
    const winner = winnerOf(ranked);
    const season = await repo.markFinished(tx, battleId, { winnerId: winner?.userId ?? null, reason });
    if (!season) return undefined;
    const skills = await ratingsRepo.lockRatings(tx, ranked.map((r) => r.userId));
    const players = ranked.map((r) => ({ ...r, skill: skills.get(r.userId) ?? NEW_PLAYER }));
    // Only players who were in the battle are rated: a battle cannot start without them all,
    // so this holds for battles started before that rule too.
    const rated = calledOff ? [] : players.filter((p) => p.presentAt !== null);
    const after = new Map(rated.length > 1 ? rateBattle(rated).map((skill, i) => [rated[i]?.userId, skill]) : []);
    const end: BattleEnd = { battleId, winner: winner?.username ?? null, reason, ratings: {}, seasonPoints: {} };
    for (const player of players) {
      const points = seasonPoints(player, ranked, calledOff);
      await repo.setResult(tx, battleId, { userId: player.userId, rank: player.rank, seasonPoints: points });
      const updated = after.get(player.userId) ?? player.skill;
      if (after.has(player.userId)) await ratingsRepo.applyRating(tx, { userId: player.userId, battleId, before: player.skill, after: updated });
      end.ratings[player.username] = { before: displayRating(player.skill), after: displayRating(updated) };
      end.seasonPoints[player.username] = points;
    }
    return { end, season };
  }

  /** After the commit: the boards, the timer, and the players. These only refresh views of the result, so failures are logged. */
  async function announce({ end, season }: Ended, trigger: EndTrigger | 'forfeit'): Promise<BattleEnd> {
    deps.metrics.battleEnds.inc({ reason: trigger });
    deps.logger.info({ battleId: end.battleId, reason: trigger, winner: end.winner }, 'battle ended');
    await deps.leaderboard
      .update(Object.entries(end.ratings).map(([username, r]) => ({ username, rating: r.after })), season)
      .catch((error: unknown) => deps.logger.warn({ err: error, battleId: end.battleId }, 'rating leaderboard update failed'));
    if (trigger !== 'deadline') await deps.cancelDeadline(end.battleId).catch(() => {});
    deps.broadcaster.end(end);
    deps.broadcaster.state(await deps.stateOf(end.battleId));
    return end;
  }

  async function end(battleId: string, trigger: EndTrigger): Promise<BattleEnd | undefined> {
    const ended = await sql.begin(async (tx) => {
      const battle = await repo.lockBattle(tx, battleId, 'update');
      if (battle?.status !== 'running') return undefined;
      // A timer that fires while the clock is paused, or before a pause's extension, is early.
      const timed = trigger === 'deadline' || trigger === 'overdue';
      if (timed && (battle.pausedAt || !battle.due)) return undefined;
      return finish(tx, battleId, trigger === 'overdue' ? 'deadline' : trigger);
    });
    return ended && announce(ended, trigger);
  }

  /**
   * A player stayed away past the grace period: they are ranked last. A 1v1 ends at once for
   * the one who stayed; a group battle ends when at most one player is left in it.
   */
  async function forfeit(battleId: string, userId: string): Promise<BattleEnd | undefined> {
    const outcome = await sql.begin(async (tx) => {
      const battle = await repo.lockBattle(tx, battleId, 'update');
      if (battle?.status !== 'running' || !(await repo.markForfeited(tx, battleId, userId))) return { changed: false as const };
      const remaining = (await repo.findStandings(tx, battleId)).filter((s) => !s.forfeitedAt).length;
      if (battle.mode === '1v1' || remaining <= 1) return { changed: true as const, ended: await finish(tx, battleId, 'forfeit') };
      return { changed: true as const };
    });
    if (!outcome.changed) return undefined;
    deps.logger.info({ battleId, userId }, 'player forfeited after disconnecting');
    if (outcome.ended) return announce(outcome.ended, 'forfeit');
    deps.broadcaster.state(await deps.stateOf(battleId));
    return undefined;
  }

  return { end, forfeit };
}

export type BattleEnder = ReturnType<typeof createBattleEnder>;
