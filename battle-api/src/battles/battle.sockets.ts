import { BattleJoin, type Ack, type BattleClientEvents, type BattleServerEvents, type BattleState } from '@eduscale/contracts';
import type { Server, Socket } from 'socket.io';
import { SESSION_COOKIE, cookieValue, type SessionService, type SessionUser } from '../accounts/session.service.ts';
import type { DomainError } from '../errors.ts';
import { asDomainError } from '../http/error-handler.ts';
import type { Logger } from '../logger.ts';
import type { BattleBroadcaster, BattleService } from './battles.service.ts';

interface SocketData {
  user: SessionUser;
}

export type BattleServer = Server<BattleClientEvents, BattleServerEvents, Record<string, never>, SocketData>;
type BattleSocket = Socket<BattleClientEvents, BattleServerEvents, Record<string, never>, SocketData>;

export const battleRoom = (battleId: string) => `battle:${battleId}`;
/** Every socket of a user, on every instance, is in this room: what is said to the user goes here. */
export const userRoom = (userId: string) => `user:${userId}`;

/** `match:found` to each matched player, wherever they are connected (through the Redis adapter). */
export function socketMatchNotifier(io: BattleServer) {
  return (userIds: string[], battleId: string) => {
    for (const userId of userIds) io.to(userRoom(userId)).emit('match:found', { battleId });
  };
}

/** Room broadcasts go through the Redis adapter, so they reach players on every instance. */
export function socketBroadcaster(io: BattleServer): BattleBroadcaster {
  return {
    state: (state) => void io.to(battleRoom(state.id)).emit('battle:state', state),
    progress: (progress) => void io.to(battleRoom(progress.battleId)).emit('battle:progress', progress),
    end: (end) => void io.to(battleRoom(end.battleId)).emit('battle:end', end),
  };
}

/**
 * The handshake is authenticated like HTTP: the session cookie, and (against cross-site
 * WebSocket hijacking, which the browser does not stop) an Origin, when sent, of our own.
 */
export function socketAuth(deps: { sessions: SessionService; publicOrigin: string }) {
  return async (socket: BattleSocket, next: (error?: Error) => void) => {
    const { headers } = socket.handshake;
    const origin = headers.origin;
    if (origin !== undefined && origin !== deps.publicOrigin && !sameHost(origin, headers.host)) return next(new Error('forbidden'));
    try {
      const user = await deps.sessions.resolve(cookieValue(headers.cookie, SESSION_COOKIE));
      if (!user) return next(new Error('unauthenticated'));
      socket.data.user = user;
      next();
    } catch {
      next(new Error('unavailable'));
    }
  };
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function registerBattleHandlers(deps: { io: BattleServer; battles: BattleService; logger: Logger }) {
  deps.io.on('connection', (socket) => {
    void socket.join(userRoom(socket.data.user.id));
    socket.on('battle:join', async (payload, ack) => {
      if (typeof ack !== 'function') return;
      ack(await join(socket, payload));
    });
  });

  async function join(socket: BattleSocket, payload: unknown): Promise<Ack<{ state: BattleState }>> {
    const parsed = BattleJoin.safeParse(payload);
    if (!parsed.success) return { ok: false, error: { code: 'invalid', message: 'battle:join takes { battleId: <uuid> }.' } };
    try {
      const state = await deps.battles.join(socket.data.user, parsed.data.battleId);
      await socket.join(battleRoom(parsed.data.battleId));
      return { ok: true, state };
    } catch (error) {
      const known = asDomainError(error);
      if (!known) deps.logger.error({ err: error }, 'battle:join failed');
      return { ok: false, error: ackError(known) };
    }
  }
}

function ackError(error: DomainError | undefined): Extract<Ack<never>, { ok: false }>['error'] {
  if (!error) return { code: 'unavailable', message: 'Something went wrong on our side.' };
  const code = error.code === 'conflict' ? 'invalid' : error.code;
  return { code, message: error.message };
}
