import type { BattleCreated, BattleMode, BattleStarted, CreateBattleRequest, MyBattles } from '@eduscale/contracts';
import type { Sql } from '@eduscale/server-kit/deps';
import { ConflictError, InvalidRequestError, NotFoundError } from '@eduscale/server-kit/errors';
import type { SessionUser } from '@eduscale/server-kit/sessions';
import { timed, type Metrics } from '../metrics.ts';
import type { Battles } from '../play/battles.ts';
import type { BattleBroadcaster } from '../sockets/broadcaster.ts';
import { startedAnswer, type StartOnce } from './battle-start.ts';
import * as repo from './challenges.repo.ts';

export interface ChallengeServiceDeps {
  sql: Sql;
  battles: Battles;
  startOnce: StartOnce;
  broadcaster: Pick<BattleBroadcaster, 'state' | 'invite'>;
  metrics: Metrics;
  durationSeconds: number;
}

const UNIQUE_VIOLATION = '23505';
const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === UNIQUE_VIOLATION;

/**
 * Making battles and starting them: a direct challenge (invite, accept, decline or withdraw),
 * a battle for players the matcher matched, and the exactly-once start both go through.
 */
export function createChallengeService(deps: ChallengeServiceDeps) {
  const { sql, battles, metrics } = deps;

  return {
    create: (user: SessionUser, request: CreateBattleRequest): Promise<BattleCreated> =>
      timed(metrics, 'battle.create', async () => {
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
          if (!isUniqueViolation(error)) throw error;
          const existing = await repo.findOpenChallenge(sql, user.id, opponent.id);
          throw new ConflictError(`You and ${opponent.username} already have an open battle.`, { extensions: { battleId: existing } });
        }
      }),

    /**
     * A player's call to start is their acceptance (the challenged player's is what a challenge
     * waits for). Once every player is present the battle starts once (battle-start.ts); repeats
     * get the same answer; a call before everyone is present gets 409 not-accepted.
     */
    start: (user: SessionUser, battleId: string): Promise<BattleStarted> =>
      timed(metrics, 'battle.start', async () => {
        const before = await battles.requirePlayer(user, battleId);
        if (before.status === 'running' || before.status === 'finished' || before.status === 'cancelled') return startedAnswer(before);
        await repo.markPresent(sql, battleId, user.id);
        return deps.startOnce(battleId, user.id);
      }),

    /** The player joined the room of a battle not yet started: as accepting, they are in it. */
    markPresent: (battleId: string, userId: string): Promise<void> => repo.markPresent(sql, battleId, userId),

    /**
     * A matchmade battle for players the matcher has taken off the queue: created waiting,
     * then started through the same exactly-once start. `pairingKey` names the matched
     * tickets; its unique index refuses a second battle for the same set (the answer is then
     * the existing battle).
     */
    createMatched: (match: { mode: BattleMode; userIds: string[]; pairingKey: string; languages: string[] }): Promise<string> =>
      timed(metrics, 'battle.match', async () => {
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
          if (!isUniqueViolation(error)) throw error;
          const existing = await repo.findBattleByPairingKey(sql, match.pairingKey);
          if (!existing) throw error;
          battleId = existing;
        }
        await deps.startOnce(battleId, startedBy);
        return battleId;
      }),

    /** Declines (the challenged) or withdraws (the challenger) a challenge not yet started. */
    cancel: (user: SessionUser, battleId: string): Promise<void> =>
      timed(metrics, 'battle.cancel', async () => {
        const battle = await battles.requirePlayer(user, battleId);
        if (battle.status !== 'invited' || !(await repo.cancelInvited(sql, battleId))) {
          throw new ConflictError(`The battle is ${battle.status}; only a challenge not yet started can be called off.`);
        }
        deps.broadcaster.state(await battles.stateOf(battleId));
      }),

    list: async (user: SessionUser): Promise<MyBattles> => ({ items: await repo.listForUser(sql, user.id, 30) }),
  };
}

export type ChallengeService = ReturnType<typeof createChallengeService>;
