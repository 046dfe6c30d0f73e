import type { BattleEnd, BattleProgress, BattleState } from '@eduscale/contracts';
import { battleRoom, userRoom, type BattleServer } from './socket-server.ts';

/** Where state changes go: every player's socket, on whichever instance. */
export interface BattleBroadcaster {
  state(state: BattleState): void;
  progress(progress: BattleProgress): void;
  end(end: BattleEnd): void;
  /** To one user, wherever they are connected. */
  invite(userId: string, invite: { battleId: string; from: string }): void;
  /** `match:found` to each matched player. */
  matchFound(userIds: string[], battleId: string): void;
}

/** Room broadcasts go through the Redis adapter, so they reach players on every instance. */
export function socketBroadcaster(io: BattleServer): BattleBroadcaster {
  return {
    state: (state) => void io.to(battleRoom(state.id)).emit('battle:state', state),
    progress: (progress) => void io.to(battleRoom(progress.battleId)).emit('battle:progress', progress),
    end: (end) => void io.to(battleRoom(end.battleId)).emit('battle:end', end),
    invite: (userId, invite) => void io.to(userRoom(userId)).emit('battle:invite', invite),
    matchFound: (userIds, battleId) => {
      for (const userId of userIds) io.to(userRoom(userId)).emit('match:found', { battleId });
    },
  };
}
