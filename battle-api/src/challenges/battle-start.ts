import { setTimeout as sleep } from 'node:timers/promises';
import type { BattleStarted } from '@eduscale/contracts';
import type { Sql } from '@eduscale/server-kit/deps';
import { ConflictError, DependencyUnavailableError, NotFoundError } from '@eduscale/server-kit/errors';
import { NotAcceptedError } from '../errors.ts';
import type { Metrics } from '../metrics.ts';
import type { Battles } from '../play/battles.ts';
import type { BattleRow } from '../play/play.repo.ts';
import type { BattleBroadcaster } from '../sockets/broadcaster.ts';
import type { WithBattleLock } from './battle-lock.ts';
import * as repo from './challenges.repo.ts';

export interface BattleStartDeps {
  sql: Sql;
  battles: Battles;
  withBattleLock: WithBattleLock;
  broadcaster: Pick<BattleBroadcaster, 'state'>;
  /** Puts the battle's end on the shared timer (clock/battle-timers.ts). */
  scheduleDeadline(battleId: string, endsAt: Date): Promise<void>;
  metrics: Metrics;
  /** Test only: how long the start holds the lock before writing (BATTLE_START_DELAY_MS). */
  startDelayMs: number;
}

/** Every caller's answer: the start as the row has it, whoever started the battle. */
export function startedAnswer(battle: BattleRow): BattleStarted {
  if (battle.status !== 'running' || !battle.startedAt || !battle.endsAt) {
    throw new ConflictError(`The battle is ${battle.status}; only an invited or waiting battle can start.`);
  }
  return { id: battle.id, status: 'running', startedAt: battle.startedAt.toISOString(), endsAt: battle.endsAt.toISOString(), assignment: battle.assignment };
}

/**
 * Starts a battle once, whoever calls, however often, on whichever instance: the lock keeps
 * concurrent starts from interleaving; markStarted (and battle_starts' key) makes a second
 * start impossible even if the lock was lost, and a start before every player is present too.
 */
export function createBattleStart(deps: BattleStartDeps) {
  const { sql, battles } = deps;

  return async function startOnce(battleId: string, startedBy: string): Promise<BattleStarted> {
    const locked = await deps.withBattleLock(battleId, async () => {
      if (deps.startDelayMs > 0) await sleep(deps.startDelayMs);
      const started = await sql.begin((tx) => repo.markStarted(tx, battleId, startedBy));
      const battle = await battles.find(battleId);
      if (!battle) throw new NotFoundError(`No battle ${battleId}.`);
      if (!started && (battle.status === 'invited' || battle.status === 'waiting')) {
        const absent = await repo.findAbsent(sql, battleId);
        throw new NotAcceptedError(`The battle starts once ${absent.join(', ') || 'every player'} accepted the challenge or joined the room.`);
      }
      if (started) {
        deps.metrics.battleStarts.inc();
        // Scheduled before anyone is told it started; should Redis refuse, the overdue sweep still ends it.
        if (battle.endsAt) await deps.scheduleDeadline(battleId, battle.endsAt).catch(() => {});
        deps.broadcaster.state(await battles.stateOf(battleId));
      }
      return startedAnswer(battle);
    });
    if (locked) return locked.value;
    // Another instance held the lock all along; it has started the battle by now, or failed.
    const after = await battles.find(battleId);
    if (after?.status === 'running') return startedAnswer(after);
    throw new DependencyUnavailableError('The battle is being started elsewhere; try again shortly.');
  };
}

export type StartOnce = ReturnType<typeof createBattleStart>;
