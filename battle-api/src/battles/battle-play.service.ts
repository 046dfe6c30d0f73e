import { MAX_CODE_BYTES, type BattleProgress, type BattleState, type BattleSubmissionAccepted, type BattleSubmissionRequest, type GradingEvent } from '@eduscale/contracts';
import type { SessionUser } from '@eduscale/server-kit/sessions';
import type { Sql } from '@eduscale/server-kit/deps';
import { ConflictError, ForbiddenError, NotFoundError, PayloadTooLargeError } from '@eduscale/server-kit/errors';
import type { Logger } from '../logger.ts';
import * as play from './battle-play.repo.ts';
import type { BattleEnder } from './battle-end.service.ts';
import * as repo from './battles.repo.ts';
import type { GradingEvents } from './grading-events.ts';
import type { ProgrammingApiClient } from './programming-api.client.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** How long past the battle's end a grading is still followed (the end counts it anyway). */
const FOLLOW_GRACE_MS = 60_000;
/** The sweep leaves a just-finished grading to the instance following it for this long. */
const RESULT_SWEEP_QUIET_SECONDS = 1;

export interface BattlePlayDeps {
  sql: Sql;
  programming: ProgrammingApiClient;
  gradingEvents: GradingEvents;
  ender: BattleEnder;
  broadcast: { progress(progress: BattleProgress): void; state(state: BattleState): void };
  stateOf(battleId: string): Promise<BattleState>;
  logger: Logger;
}

interface Followed {
  battleId: string;
  userId: string;
  username: string;
  submissionId: string;
  gradingId: string;
  endsAt: Date;
}

/**
 * Playing: a submission goes to programming-api like any other, the grading's events become
 * `battle:progress`, and its final result (read from Postgres) updates the player's best and
 * may end the battle.
 */
export function createBattlePlay(deps: BattlePlayDeps) {
  const { sql } = deps;

  /** Counts a finished grading once; a full pass ends a 1v1, everyone finished ends a group. */
  async function applyIfDone(sub: Pick<Followed, 'battleId' | 'submissionId' | 'username'>): Promise<boolean> {
    const applied = await sql.begin(async (tx) => {
      const battle = await play.lockBattle(tx, sub.battleId, 'share');
      const [graded] = await play.claimGraded(tx, sub.battleId, sub.submissionId);
      if (!graded) return undefined;
      const best = battle?.status === 'running' ? await play.recordBest(tx, graded) : undefined;
      return { graded, best, mode: battle?.mode };
    });
    if (!applied) return false;
    const { graded, best } = applied;
    deps.broadcast.progress({ battleId: sub.battleId, username: sub.username, passed: graded.passed, total: graded.total, status: graded.verdict });
    if (!best) return true;
    deps.broadcast.state(await deps.stateOf(sub.battleId));
    if (applied.mode === '1v1' && best.finishedAt) {
      await deps.ender.end(sub.battleId, 'solved');
    } else if (applied.mode === 'group') {
      const standings = await play.findStandings(sql, sub.battleId);
      if (standings.every((s) => s.finishedAt)) await deps.ender.end(sub.battleId, 'all_finished');
    }
    return true;
  }

  async function follow(sub: Followed): Promise<void> {
    const accepted = new Set<number>();
    let total = 0;
    let finished = false;
    let stop = () => {};
    const giveUp: { timer?: NodeJS.Timeout } = {};
    const done = () => {
      if (finished) return;
      finished = true;
      stop();
      clearTimeout(giveUp.timer);
      applyIfDone(sub).catch((error: unknown) => deps.logger.warn({ err: error, submissionId: sub.submissionId }, 'applying a battle grading failed; the battle end counts it'));
    };
    const onEvent = (event: GradingEvent) => {
      if (event.type === 'status') {
        if (event.status === 'done') return done();
        deps.broadcast.progress({ battleId: sub.battleId, username: sub.username, passed: accepted.size, total, status: event.status });
        return;
      }
      total = event.test.total;
      if (event.test.verdict === 'accepted') accepted.add(event.test.index);
      deps.broadcast.progress({ battleId: sub.battleId, username: sub.username, passed: accepted.size, total, status: 'running' });
    };
    // Subscribed before looking at the row, so a grading finishing in between is not missed.
    stop = await deps.gradingEvents.subscribe(sub.gradingId, onEvent);
    giveUp.timer = setTimeout(() => stop(), Math.max(0, sub.endsAt.getTime() - Date.now()) + FOLLOW_GRACE_MS);
    giveUp.timer.unref();
    const [row] = await sql<{ status: string }[]>`select status from gradings where id = ${sub.gradingId}`;
    if (row?.status === 'done') done();
  }

  /**
   * Backs up `follow`, which lives in the process that took the submission: should that
   * process die mid-grading, another instance applies the finished result within a sweep.
   */
  function startResultSweep(intervalMs: number) {
    const timer = setInterval(() => {
      play.findUnappliedDone(sql, RESULT_SWEEP_QUIET_SECONDS)
        .then(async (pending) => {
          for (const sub of pending) await applyIfDone(sub);
        })
        .catch((error: unknown) => deps.logger.warn({ err: error }, 'battle result sweep failed'));
    }, intervalMs);
    timer.unref();
    return { stop: () => clearInterval(timer) };
  }

  return {
    startResultSweep,

    async submit(user: SessionUser, sessionToken: string, battleId: string, request: BattleSubmissionRequest): Promise<BattleSubmissionAccepted> {
      // programming-api's own limit, so a battle takes whatever an assignment takes.
      if (Buffer.byteLength(request.code) > MAX_CODE_BYTES) throw new PayloadTooLargeError(`Code is limited to ${MAX_CODE_BYTES / 1024} KiB.`);
      const battle = UUID.test(battleId) ? await repo.findBattle(sql, battleId) : undefined;
      if (!battle) throw new NotFoundError(`No battle ${battleId}.`);
      if (!(await repo.isPlayer(sql, battleId, user.id))) throw new ForbiddenError('Only the players of a battle can submit to it.');
      if (battle.status !== 'running' || !battle.endsAt) throw new ConflictError(`The battle is ${battle.status}; submissions are taken while it runs.`);
      if (battle.endsAt.getTime() <= Date.now()) throw new ConflictError('The battle is over: its time is up.');

      const submitted = await deps.programming.submit({ sessionToken, assignment: battle.assignment, language: request.language, code: request.code });
      const gradingId = await play.findSubmissionGrading(sql, submitted.id, user.id);
      if (!gradingId) throw new Error(`programming-api's submission ${submitted.id} is not in the submissions table`);
      await play.insertBattleSubmission(sql, { submissionId: submitted.id, battleId, userId: user.id, gradingId });
      await follow({ battleId, userId: user.id, username: user.username, submissionId: submitted.id, gradingId, endsAt: battle.endsAt });
      return { id: submitted.id };
    },
  };
}

export type BattlePlay = ReturnType<typeof createBattlePlay>;
