/**
 * A 1v1 battle kept running while a test does something else to the graders, and every word
 * it says about its clock. Its battle server is the test's own (battle-rig.ts), but it watches
 * the stack's real graders' heartbeats, so a grader whose breaker opens pauses it.
 */
import type { BattleState } from '@eduscale/contracts';
import { runningBattle, startBattleRig, type BattleRig } from '../../battle-api/test/battle-rig.ts';

export interface ClockReading {
  via: 'socket' | 'http';
  status: string;
  pausedAt: string | null;
  endsAt: string | null;
}

export interface BattleRow {
  status: string;
  pausedAt: Date | null;
  endsAt: Date;
}

export interface WatchedBattle {
  battleId: string;
  /** The end the battle was given when it started. */
  endsAt: string;
  /** Every battle:state pushed to a player, and a GET /api/battles/:id every half second. */
  readings: ClockReading[];
  /** Failed polls, so a watch that saw nothing cannot pass for a battle that changed nothing. */
  pollErrors: string[];
  /** Stops watching (once; later calls answer the same): the battle's row as Postgres has it last. */
  stop(): Promise<BattleRow>;
}

export async function startWatchedBattle(): Promise<WatchedBattle> {
  const rig: BattleRig = await startBattleRig({
    instances: 1,
    // Long enough to outlast the test; checked often, so even a short pause is seen.
    env: { BATTLE_DURATION_SECONDS: '7200', FORFEIT_GRACE_SECONDS: '7200', GRADING_WATCH_INTERVAL_MS: '200', BATTLE_SWEEP_INTERVAL_MS: '500' },
  });
  try {
    const [alice, bob] = await rig.createPlayers(2);
    const { battleId, sockets } = await runningBattle(rig, alice!, bob!, { instances: [0, 0] });
    const started = await rig.request(0, `/api/battles/${battleId}`, { player: alice });
    const readings: ClockReading[] = [];
    const pollErrors: string[] = [];
    const record = (via: ClockReading['via'], state: BattleState) => readings.push({ via, status: state.status, pausedAt: state.pausedAt, endsAt: state.endsAt });
    record('http', started.body);
    for (const socket of sockets) socket.on('battle:state', (state) => state.id === battleId && record('socket', state));
    const poll = setInterval(() => {
      rig
        .request(0, `/api/battles/${battleId}`, { player: alice })
        .then((response) => (response.status === 200 ? record('http', response.body) : pollErrors.push(`${response.status}`)))
        .catch((error: Error) => pollErrors.push(error.message));
    }, 500);
    let stopped: Promise<BattleRow> | undefined;
    const stop = async () => {
      clearInterval(poll);
      try {
        const [row] = await rig.sql<BattleRow[]>`select status, paused_at, ends_at from battles where id = ${battleId}`;
        return row!;
      } finally {
        await rig.close();
      }
    };
    return { battleId, endsAt: started.body.endsAt, readings, pollErrors, stop: () => (stopped ??= stop()) };
  } catch (error) {
    await rig.close();
    throw error;
  }
}
