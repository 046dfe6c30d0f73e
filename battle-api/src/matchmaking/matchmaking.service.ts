import type { QueueRequest, QueueTicket } from '@eduscale/contracts';
import type { SessionUser } from '@eduscale/server-kit/sessions';
import type { Sql } from '@eduscale/server-kit/deps';
import { ConflictError } from '@eduscale/server-kit/errors';
import type { MatchmakingQueue } from './matchmaking.queue.ts';
import * as repo from './matchmaking.repo.ts';

/** Joining and leaving the queue; the matcher (matcher.ts) does the rest. */
export function createMatchmakingService(deps: { sql: Sql; queue: MatchmakingQueue }) {
  return {
    async enqueue(user: SessionUser, request: QueueRequest): Promise<QueueTicket> {
      const running = await repo.runningBattleOf(deps.sql, user.id);
      if (running) throw new ConflictError('You are playing a battle already.', { extensions: { battleId: running } });
      const rating = await repo.conservativeRating(deps.sql, user.id);
      const ticket = await deps.queue.enqueue({ userId: user.id, mode: request.mode, rating, language: request.language ?? null });
      return { ticket };
    },

    leave: (user: SessionUser): Promise<void> => deps.queue.leave(user.id),
  };
}

export type MatchmakingService = ReturnType<typeof createMatchmakingService>;
