import type { BattleState } from '@eduscale/contracts';
import type { Sql } from '@eduscale/server-kit/deps';
import { NotFoundError } from '@eduscale/server-kit/errors';
import type { SessionUser } from '@eduscale/server-kit/sessions';
import type { ChallengeService } from '../challenges/challenges.service.ts';
import type { BattleTimers } from '../clock/battle-timers.ts';
import { timed, type Metrics } from '../metrics.ts';
import type { Presence } from '../presence/presence.ts';
import type { BattleBroadcaster } from '../sockets/broadcaster.ts';
import type { Battles } from './battles.ts';
import * as repo from './play.repo.ts';

export interface PlayServiceDeps {
  sql: Sql;
  battles: Battles;
  /** Joining the room of a battle not yet started puts the player in it, as accepting does. */
  challenges: Pick<ChallengeService, 'markPresent'>;
  presence: Presence;
  /** A player away from a running battle forfeits after the grace period, unless back in time. */
  timers: Pick<BattleTimers, 'scheduleForfeit' | 'cancelForfeit'>;
  broadcaster: Pick<BattleBroadcaster, 'state' | 'progress'>;
  metrics: Metrics;
}

/** Being in a battle: its state, the room (join, leave and the forfeit clock), and progress. */
export function createPlayService(deps: PlayServiceDeps) {
  const { sql, battles } = deps;

  return {
    /** A socket opened: the player is online (in no battle yet). */
    connect: (socketId: string, userId: string): Promise<void> => deps.presence.connect(socketId, userId),

    get: (user: SessionUser, battleId: string): Promise<BattleState> =>
      timed(deps.metrics, 'battle.get', async () => {
        await battles.requirePlayer(user, battleId);
        return battles.stateOf(battleId);
      }),

    /**
     * `battle:join`: only players may follow a battle; joining one not yet started puts the
     * player in it (as accepting does); a player back within the grace period does not forfeit.
     */
    join: (user: SessionUser, battleId: string, socketId: string): Promise<BattleState> =>
      timed(deps.metrics, 'battle.join', async () => {
        const battle = await battles.requirePlayer(user, battleId);
        if (battle.status === 'invited' || battle.status === 'waiting') await deps.challenges.markPresent(battleId, user.id);
        await deps.presence.joinBattle(socketId, user.id, battleId);
        if (battle.status === 'running') await deps.timers.cancelForfeit(battleId, user.id).catch(() => {}); // the job re-checks presence
        return battles.stateOf(battleId);
      }),

    /** A socket went away: for each battle it leaves without a socket of the player's, the forfeit clock starts. */
    leave: (user: SessionUser, socketId: string, battleIds: string[]): Promise<void> =>
      timed(deps.metrics, 'battle.leave', async () => {
        for (const battleId of await deps.presence.disconnect(socketId, user.id, battleIds)) {
          const current = await battles.stateOf(battleId);
          if (current.status === 'running') await deps.timers.scheduleForfeit(battleId, user.id);
          deps.broadcaster.state(current);
        }
      }),

    /** A player's progress as the test hook feeds it in (test-hooks.routes.ts): record it and tell the room. */
    reportProgress: (progress: { battleId: string; userId: string; passed: number; total: number; status: string; finished: boolean }): Promise<void> =>
      timed(deps.metrics, 'battle.progress', async () => {
        const username = await repo.updateProgress(sql, progress);
        if (username === undefined) throw new NotFoundError(`No player ${progress.userId} in battle ${progress.battleId}.`);
        deps.broadcaster.progress({ battleId: progress.battleId, username, passed: progress.passed, total: progress.total, status: progress.status });
        deps.broadcaster.state(await battles.stateOf(progress.battleId));
      }),
  };
}

export type PlayService = ReturnType<typeof createPlayService>;
