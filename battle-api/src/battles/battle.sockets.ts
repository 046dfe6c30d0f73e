import { BattleJoin, type Ack, type BattleClientEvents, type BattleServerEvents, type BattleState } from '@eduscale/contracts';
import { asDomainError, type DomainError } from '@eduscale/server-kit/errors';
import { isSameOrigin } from '@eduscale/server-kit/http';
import { hashToken, sessionTokenFromHeader, type SessionUser } from '@eduscale/server-kit/sessions';
import type { Server, Socket } from 'socket.io';
import type { SessionService } from '../accounts/session.service.ts';
import type { Logger } from '../logger.ts';
import type { Presence } from '../presence/presence.ts';
import type { BattleBroadcaster, BattleService } from './battles.service.ts';

interface SocketData {
  user: SessionUser;
  /** The session's token hash (hex): the socket lasts as long as the session does. */
  session: string;
  /** The battles this socket joined, for presence. */
  battles: Set<string>;
}

export type BattleServer = Server<BattleClientEvents, BattleServerEvents, Record<string, never>, SocketData>;
type BattleSocket = Socket<BattleClientEvents, BattleServerEvents, Record<string, never>, SocketData>;

export const battleRoom = (battleId: string) => `battle:${battleId}`;
/** Every socket of a user, on every instance, is in this room: what is said to the user goes here. */
export const userRoom = (userId: string) => `user:${userId}`;
/** This instance's sockets of one session (token hash, hex), to end them when the session ends. */
export const sessionRoom = (tokenHash: string) => `session:${tokenHash}`;

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
    invite: (userId, invite) => void io.to(userRoom(userId)).emit('battle:invite', invite),
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
    if (origin !== undefined && !isSameOrigin(origin, headers.host, deps.publicOrigin)) return next(new Error('forbidden'));
    // A value that is not valid percent-encoding is no session, not an error.
    const token = sessionTokenFromHeader(headers.cookie);
    try {
      const user = await deps.sessions.resolve(token);
      if (!user || !token) return next(new Error('unauthenticated'));
      socket.data.user = user;
      socket.data.session = hashToken(token).toString('hex');
      socket.data.battles = new Set();
      next();
    } catch {
      next(new Error('unavailable'));
    }
  };
}

export function registerBattleHandlers(deps: { io: BattleServer; battles: BattleService; sessions: SessionService; presence: Presence; presenceTtlMs: number; logger: Logger }) {
  const { io, battles, sessions, presence, logger } = deps;
  const quietly = (what: string) => (error: unknown) => logger.warn({ err: error }, what);

  io.on('connection', (socket) => {
    const { user } = socket.data;
    void socket.join([userRoom(user.id), sessionRoom(socket.data.session)]);
    presence.connect(socket.id, user.id).catch(quietly('presence: recording a connection failed'));
    socket.on('battle:join', async (payload, ack) => {
      if (typeof ack !== 'function') return;
      const result = await join(socket, payload);
      ack(result);
      if (!result.ok && result.error.code === 'unauthenticated') socket.disconnect(true);
    });
    socket.on('disconnect', () => {
      battles.leave(user, socket.id, [...socket.data.battles]).catch(quietly('presence: recording a disconnect failed'));
    });
  });

  // This instance's sockets stay present while connected; those of a dead instance expire.
  const refresh = setInterval(() => {
    const sockets = [...io.of('/').sockets.values()].map((s) => ({ socketId: s.id, userId: s.data.user.id, battleIds: [...s.data.battles] }));
    presence.refresh(sockets).catch(quietly('presence: refreshing failed'));
  }, deps.presenceTtlMs / 3);
  refresh.unref();

  async function join(socket: BattleSocket, payload: unknown): Promise<Ack<{ state: BattleState }>> {
    const parsed = BattleJoin.safeParse(payload);
    if (!parsed.success) return { ok: false, error: { code: 'invalid', message: 'battle:join takes { battleId: <uuid> }.' } };
    const { battleId } = parsed.data;
    try {
      // The handshake's session may have ended since (signed out elsewhere, expired).
      const current = await sessions.resolveHash(Buffer.from(socket.data.session, 'hex'));
      if (current?.id !== socket.data.user.id) return { ok: false, error: { code: 'unauthenticated', message: 'Your session has ended; sign in again.' } };
      const state = await battles.join(socket.data.user, battleId, socket.id);
      socket.data.battles.add(battleId);
      await socket.join(battleRoom(battleId));
      // The others see this player back (connected) at once.
      socket.to(battleRoom(battleId)).emit('battle:state', state);
      return { ok: true, state };
    } catch (error) {
      const known = asDomainError(error);
      if (!known) logger.error({ err: error }, 'battle:join failed');
      return { ok: false, error: ackError(known) };
    }
  }

  return { stop: () => clearInterval(refresh) };
}

type AckError = Extract<Ack<never>, { ok: false }>['error'];

const ACK_CODES: Record<number, AckError['code']> = { 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found' };

/** An ack's code from the error's status: 5xx is unavailable, other 4xx (conflicts too) invalid. */
function ackError(error: DomainError | undefined): AckError {
  if (!error) return { code: 'unavailable', message: 'Something went wrong on our side.' };
  const code = error.status >= 500 ? 'unavailable' : (ACK_CODES[error.status] ?? 'invalid');
  return { code, message: error.message };
}
