import { MAX_CODE_BYTES, type BattleSubmissionAccepted, type BattleSubmissionRequest, type GradingEvent } from '@eduscale/contracts';
import type { Sql } from '@eduscale/server-kit/deps';
import { ConflictError, PayloadTooLargeError } from '@eduscale/server-kit/errors';
import type { SessionUser } from '@eduscale/server-kit/sessions';
import type { Logger } from '../logger.ts';
import type { FinishedSubmission, GradingResults } from '../results/grading-results.ts';
import type { BattleBroadcaster } from '../sockets/broadcaster.ts';
import type { Battles } from './battles.ts';
import type { GradingEvents } from './grading-events.ts';
import * as repo from './play.repo.ts';
import type { ProgrammingApiClient } from './programming-api.client.ts';

/** How long past the battle's end a grading is still followed (the end counts it anyway). */
const FOLLOW_GRACE_MS = 60_000;

export interface BattleSubmissionDeps {
  sql: Sql;
  battles: Battles;
  programming: ProgrammingApiClient;
  gradingEvents: GradingEvents;
  results: Pick<GradingResults, 'applyIfDone'>;
  broadcaster: Pick<BattleBroadcaster, 'progress'>;
  logger: Logger;
}

type Followed = FinishedSubmission & { gradingId: string; endsAt: Date };

/**
 * Playing: a submission goes to programming-api like any other, and the grading's events
 * become `battle:progress`; its final result (results/grading-results.ts) updates the player's
 * best and may end the battle.
 */
export function createBattleSubmissions(deps: BattleSubmissionDeps) {
  const { sql } = deps;

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
      deps.results
        .applyIfDone(sub)
        .catch((error: unknown) => deps.logger.warn({ err: error, submissionId: sub.submissionId }, 'applying a battle grading failed; the battle end counts it'));
    };
    const onEvent = (event: GradingEvent) => {
      if (event.type === 'insights') return;
      if (event.type === 'status') {
        if (event.status === 'done') return done();
        deps.broadcaster.progress({ battleId: sub.battleId, username: sub.username, passed: accepted.size, total, status: event.status });
        return;
      }
      total = event.test.total;
      if (event.test.verdict === 'accepted') accepted.add(event.test.index);
      deps.broadcaster.progress({ battleId: sub.battleId, username: sub.username, passed: accepted.size, total, status: 'running' });
    };
    // Subscribed before looking at the row, so a grading finishing in between is not missed.
    stop = await deps.gradingEvents.subscribe(sub.gradingId, onEvent);
    giveUp.timer = setTimeout(() => stop(), Math.max(0, sub.endsAt.getTime() - Date.now()) + FOLLOW_GRACE_MS);
    giveUp.timer.unref();
    if ((await repo.findGradingStatus(sql, sub.gradingId)) === 'done') done();
  }

  return {
    async submit(user: SessionUser, sessionToken: string, battleId: string, request: BattleSubmissionRequest): Promise<BattleSubmissionAccepted> {
      // programming-api's own limit, so a battle takes whatever an assignment takes.
      if (Buffer.byteLength(request.code) > MAX_CODE_BYTES) throw new PayloadTooLargeError(`Code is limited to ${MAX_CODE_BYTES / 1024} KiB.`);
      const battle = await deps.battles.requirePlayer(user, battleId);
      if (battle.status !== 'running' || !battle.endsAt) throw new ConflictError(`The battle is ${battle.status}; submissions are taken while it runs.`);
      if (battle.endsAt.getTime() <= Date.now()) throw new ConflictError('The battle is over: its time is up.');

      const submitted = await deps.programming.submit({ sessionToken, assignment: battle.assignment, language: request.language, code: request.code });
      const gradingId = await repo.findSubmissionGrading(sql, submitted.id, user.id);
      if (!gradingId) throw new Error(`programming-api's submission ${submitted.id} is not in the submissions table`);
      await repo.insertBattleSubmission(sql, { submissionId: submitted.id, battleId, userId: user.id, gradingId });
      await follow({ battleId, username: user.username, submissionId: submitted.id, gradingId, endsAt: battle.endsAt });
      return { id: submitted.id };
    },
  };
}

export type BattleSubmissions = ReturnType<typeof createBattleSubmissions>;
