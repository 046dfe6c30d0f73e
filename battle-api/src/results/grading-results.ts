import type { BattleState } from '@eduscale/contracts';
import type { Sql } from '@eduscale/server-kit/deps';
import type { Logger } from '../logger.ts';
import type { BattleBroadcaster } from '../sockets/broadcaster.ts';
import type { BattleEnder } from './battle-end.service.ts';
import * as repo from './results.repo.ts';

/** The sweep leaves a just-finished grading to the instance following it for this long. */
const RESULT_SWEEP_QUIET_SECONDS = 1;

/** A battle submission whose grading may have finished. */
export interface FinishedSubmission {
  battleId: string;
  submissionId: string;
  username: string;
}

/**
 * A finished grading counts once in its battle: the player's best only improves, a full pass
 * ends a 1v1, everyone finished ends a group. The instance that took the submission applies it
 * when the grading's events say done; the sweep (every instance) applies the ones whose
 * instance died first.
 */
export function createGradingResults(deps: {
  sql: Sql;
  ender: Pick<BattleEnder, 'end'>;
  broadcaster: Pick<BattleBroadcaster, 'progress' | 'state'>;
  stateOf(battleId: string): Promise<BattleState>;
  logger: Logger;
}) {
  const { sql } = deps;

  async function applyIfDone(sub: FinishedSubmission): Promise<boolean> {
    const applied = await sql.begin(async (tx) => {
      const battle = await repo.lockBattle(tx, sub.battleId, 'share');
      const [graded] = await repo.claimGraded(tx, sub.battleId, sub.submissionId);
      if (!graded) return undefined;
      const best = battle?.status === 'running' ? await repo.recordBest(tx, graded) : undefined;
      return { graded, best, mode: battle?.mode };
    });
    if (!applied) return false;
    const { graded, best } = applied;
    deps.broadcaster.progress({ battleId: sub.battleId, username: sub.username, passed: graded.passed, total: graded.total, status: graded.verdict });
    if (!best) return true;
    deps.broadcaster.state(await deps.stateOf(sub.battleId));
    if (applied.mode === '1v1' && best.finishedAt) {
      await deps.ender.end(sub.battleId, 'solved');
    } else if (applied.mode === 'group') {
      const standings = await repo.findStandings(sql, sub.battleId);
      if (standings.every((s) => s.finishedAt)) await deps.ender.end(sub.battleId, 'all_finished');
    }
    return true;
  }

  return {
    applyIfDone,

    /** Backs up `applyIfDone` in the process that took the submission, should that process die mid-grading. */
    startSweep(intervalMs: number) {
      const timer = setInterval(() => {
        repo
          .findUnappliedDone(sql, RESULT_SWEEP_QUIET_SECONDS)
          .then(async (pending) => {
            for (const sub of pending) await applyIfDone(sub);
          })
          .catch((error: unknown) => deps.logger.warn({ err: error }, 'battle result sweep failed'));
      }, intervalMs);
      timer.unref();
      return { stop: () => clearInterval(timer) };
    },
  };
}

export type GradingResults = ReturnType<typeof createGradingResults>;
