import { setTimeout as sleep } from 'node:timers/promises';
import type { BattleCreated, BattleEnd, BattleMode, BattlePlayer, BattleProgress, BattleStarted, BattleState, CreateBattleRequest, MyBattles, OnlinePlayers } from '@eduscale/contracts';
import type { SessionUser } from '@eduscale/server-kit/sessions';
import type { Sql } from '@eduscale/server-kit/deps';
import { ConflictError, DependencyUnavailableError, ForbiddenError, InvalidRequestError, NotFoundError } from '@eduscale/server-kit/errors';
import { NotAcceptedError } from '../errors.ts';
import type { Metrics } from '../metrics.ts';
import type { Presence } from '../presence/presence.ts';
import { displayRating } from '../ratings/openskill.ts';
import type { WithBattleLock } from './battle-lock.ts';
import * as repo from './battles.repo.ts';

/** Where state changes go: every player's socket, on whichever instance (battle.sockets.ts). */
export interface BattleBroadcaster {
  state(state: BattleState): void;
  progress(progress: BattleProgress): void;
  end(end: BattleEnd): void;
  /** To one user, wherever they are connected. */
  invite(userId: string, invite: { battleId: string; from: string }): void;
}

export interface BattleServiceDeps {
  sql: Sql;
  withBattleLock: WithBattleLock;
  broadcaster: BattleBroadcaster;
  presence: Presence;
  metrics: Metrics;
  durationSeconds: number;
  /** Puts the battle's end on the shared timer (battle-timers.ts). */
  scheduleDeadline(battleId: string, endsAt: Date): Promise<void>;
  /** Forfeits a player still away after the grace period (battle-timers.ts); cancelled when they come back. */
  scheduleForfeit(battleId: string, userId: string): Promise<void>;
  cancelForfeit(battleId: string, userId: string): Promise<void>;
  /** Test only: how long the start handler holds the lock before writing (BATTLE_START_DELAY_MS). */
  startDelayMs: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UNIQUE_VIOLATION = '23505';

export function createBattleService(deps: BattleServiceDeps) {
  const { sql } = deps;

  async function timed<T>(handler: string, work: () => Promise<T>): Promise<T> {
    const stop = deps.metrics.handlerDuration.startTimer({ handler });
    try {
      const value = await work();
      stop({ outcome: 'ok' });
      return value;
    } catch (error) {
      stop({ outcome: 'error' });
      throw error;
    }
  }

  async function state(battleId: string): Promise<BattleState> {
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

  /** The battle, if `user` plays in it: 404 for no battle, 403 for someone else's. */
  async function requirePlayer(user: SessionUser, battleId: string): Promise<repo.BattleRow> {
    const battle = UUID.test(battleId) ? await repo.findBattle(sql, battleId) : undefined;
    if (!battle) throw new NotFoundError(`No battle ${battleId}.`);
    if (!(await repo.isPlayer(sql, battleId, user.id))) throw new ForbiddenError('Only the players of a battle can do this.');
    return battle;
  }

  function startedAnswer(battle: repo.BattleRow): BattleStarted {
    if (battle.status !== 'running' || !battle.startedAt || !battle.endsAt) {
      throw new ConflictError(`The battle is ${battle.status}; only an invited or waiting battle can start.`);
    }
    return { id: battle.id, status: 'running', startedAt: battle.startedAt.toISOString(), endsAt: battle.endsAt.toISOString(), assignment: battle.assignment };
  }

  /**
   * The lock keeps concurrent starts from interleaving; markStarted (and battle_starts' key)
   * makes a second start impossible, and a start before every player is present too.
   */
  async function startOnce(battleId: string, startedBy: string): Promise<BattleStarted> {
    const locked = await deps.withBattleLock(battleId, async () => {
      if (deps.startDelayMs > 0) await sleep(deps.startDelayMs);
      const started = await sql.begin((tx) => repo.markStarted(tx, battleId, startedBy));
      const battle = await repo.findBattle(sql, battleId);
      if (!battle) throw new NotFoundError(`No battle ${battleId}.`);
      if (!started && (battle.status === 'invited' || battle.status === 'waiting')) {
        const absent = await repo.findAbsent(sql, battleId);
        throw new NotAcceptedError(`The battle starts once ${absent.join(', ') || 'every player'} accepted the challenge or joined the room.`);
      }
      if (started) {
        deps.metrics.battleStarts.inc();
        // Scheduled before anyone is told it started; should Redis refuse, the overdue sweep still ends it.
        if (battle.endsAt) await deps.scheduleDeadline(battleId, battle.endsAt).catch(() => {});
        deps.broadcaster.state(await state(battleId));
      }
      return startedAnswer(battle);
    });
    if (locked) return locked.value;
    // Another instance held the lock all along; it has started the battle by now, or failed.
    const after = await repo.findBattle(sql, battleId);
    if (after?.status === 'running') return startedAnswer(after);
    throw new DependencyUnavailableError('The battle is being started elsewhere; try again shortly.');
  }

  return {
    create: (user: SessionUser, request: CreateBattleRequest): Promise<BattleCreated> =>
      timed('battle.create', async () => {
        const opponent = await repo.findUserByUsername(sql, request.opponent);
        if (!opponent) throw new NotFoundError(`No user ${request.opponent}.`);
        if (opponent.id === user.id) throw new InvalidRequestError('You cannot challenge yourself.', [{ path: 'opponent', message: 'is you' }]);
        const assignmentId = request.assignment ? await repo.findAssignmentId(sql, request.assignment) : await repo.randomBattleAssignmentId(sql);
        if (!assignmentId) {
          throw request.assignment ? new NotFoundError(`No assignment ${request.assignment}.`) : new ConflictError('There is no easy or medium assignment to battle on yet.');
        }
        try {
          const id = await sql.begin(async (tx) => {
            const battleId = await repo.insertChallenge(tx, { assignmentId, challengerId: user.id, opponentId: opponent.id, durationSeconds: deps.durationSeconds });
            await repo.insertPlayers(tx, battleId, [user.id, opponent.id], [user.id]);
            return battleId;
          });
          deps.broadcaster.invite(opponent.id, { battleId: id, from: user.username });
          return { id, status: 'invited' as const };
        } catch (error) {
          if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
          const existing = await repo.findOpenChallenge(sql, user.id, opponent.id);
          throw new ConflictError(`You and ${opponent.username} already have an open battle.`, { extensions: { battleId: existing } });
        }
      }),

    /**
     * A player's call to start is their acceptance (the challenged player's is what a challenge
     * waits for). Once every player is present the battle starts once, whoever calls, however
     * often, on whichever instance: the lock keeps concurrent starts from interleaving, the
     * conditional update (and battle_starts' key) makes a second start impossible even if the
     * lock was lost. Repeats get the same answer; a call before everyone is present gets 409
     * not-accepted.
     */
    start: (user: SessionUser, battleId: string): Promise<BattleStarted> =>
      timed('battle.start', async () => {
        const before = await requirePlayer(user, battleId);
        if (before.status === 'running' || before.status === 'finished' || before.status === 'cancelled') return startedAnswer(before);
        await repo.markPresent(sql, battleId, user.id);
        return startOnce(battleId, user.id);
      }),

    /**
     * A matchmade battle for players the matcher has taken off the queue: created waiting,
     * then started through the same exactly-once start. `pairingKey` names the matched
     * tickets; its unique index refuses a second battle for the same set (the answer is then
     * the existing battle).
     */
    createMatched: (match: { mode: BattleMode; userIds: string[]; pairingKey: string; languages: string[] }): Promise<string> =>
      timed('battle.match', async () => {
        const [startedBy] = match.userIds;
        if (!startedBy) throw new InvalidRequestError('A matched battle needs players.');
        const assignmentId = await repo.randomBattleAssignmentId(sql, match.languages);
        if (!assignmentId) throw new ConflictError('There is no easy or medium assignment to battle on yet.');
        let battleId: string;
        try {
          battleId = await sql.begin(async (tx) => {
            const id = await repo.insertMatched(tx, { mode: match.mode, assignmentId, pairingKey: match.pairingKey, durationSeconds: deps.durationSeconds });
            // Every matched player asked to play by queuing: all are present.
            await repo.insertPlayers(tx, id, match.userIds, match.userIds);
            return id;
          });
        } catch (error) {
          if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
          const existing = await repo.findBattleByPairingKey(sql, match.pairingKey);
          if (!existing) throw error;
          battleId = existing;
        }
        await startOnce(battleId, startedBy);
        return battleId;
      }),

    /** Declines (the challenged) or withdraws (the challenger) a challenge not yet started. */
    cancel: (user: SessionUser, battleId: string): Promise<void> =>
      timed('battle.cancel', async () => {
        const battle = await requirePlayer(user, battleId);
        if (battle.status !== 'invited' || !(await repo.cancelInvited(sql, battleId))) {
          throw new ConflictError(`The battle is ${battle.status}; only a challenge not yet started can be called off.`);
        }
        deps.broadcaster.state(await state(battleId));
      }),

    list: async (user: SessionUser): Promise<MyBattles> => ({ items: await repo.listForUser(sql, user.id, 30) }),

    /** Players with a battle socket open on any instance, best rated first. */
    online: async (): Promise<OnlinePlayers> => {
      const players = await repo.findPlayersById(sql, await deps.presence.online(200));
      const items = players.map((p) => ({ username: p.username, rating: displayRating(p), inBattle: p.inBattle }));
      return { items: items.sort((a, b) => b.rating - a.rating || a.username.localeCompare(b.username)) };
    },

    get: (user: SessionUser, battleId: string): Promise<BattleState> =>
      timed('battle.get', async () => {
        await requirePlayer(user, battleId);
        return state(battleId);
      }),

    /**
     * `battle:join`: only players may follow a battle; joining one not yet started puts the
     * player in it (as accepting does); a player back within the grace period does not forfeit.
     */
    join: (user: SessionUser, battleId: string, socketId: string): Promise<BattleState> =>
      timed('battle.join', async () => {
        const battle = await requirePlayer(user, battleId);
        if (battle.status === 'invited' || battle.status === 'waiting') await repo.markPresent(sql, battleId, user.id);
        await deps.presence.joinBattle(socketId, user.id, battleId);
        if (battle.status === 'running') await deps.cancelForfeit(battleId, user.id).catch(() => {}); // the job re-checks presence
        return state(battleId);
      }),

    /** A socket went away: for each battle it leaves without a socket of the player's, the forfeit clock starts. */
    leave: (user: SessionUser, socketId: string, battleIds: string[]): Promise<void> =>
      timed('battle.leave', async () => {
        for (const battleId of await deps.presence.disconnect(socketId, user.id, battleIds)) {
          const current = await state(battleId);
          if (current.status === 'running') await deps.scheduleForfeit(battleId, user.id);
          deps.broadcaster.state(current);
        }
      }),

    /**
     * A player's submission moved (queued, a test verdict, the final result): record it and
     * tell the room. The grading integration calls this; so does the test hook.
     */
    reportProgress: (progress: { battleId: string; userId: string; passed: number; total: number; status: string; finished: boolean }): Promise<void> =>
      timed('battle.progress', async () => {
        const username = await repo.updateProgress(sql, progress);
        if (username === undefined) throw new NotFoundError(`No player ${progress.userId} in battle ${progress.battleId}.`);
        deps.broadcaster.progress({ battleId: progress.battleId, username, passed: progress.passed, total: progress.total, status: progress.status });
        deps.broadcaster.state(await state(progress.battleId));
      }),

    /** Players of running battles whose socket was lost with its instance: the forfeit clock should run for them. */
    findLost: async (): Promise<{ battleId: string; userId: string }[]> => deps.presence.lost(await repo.findActivePlayers(sql)),

    /** The full state, for broadcasts: no access check. */
    stateOf: state,

    countRunning: () => repo.countRunningBattles(sql),
  };
}

export type BattleService = ReturnType<typeof createBattleService>;
