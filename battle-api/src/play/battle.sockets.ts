import { BattleJoin, type Ack, type BattleState } from '@eduscale/contracts';
import type { SessionService } from '../accounts/session.service.ts';
import type { Logger } from '../logger.ts';
import { ackError } from '../sockets/ack-errors.ts';
import { battleRoom, sessionRoom, userRoom, type BattleServer, type BattleSocket } from '../sockets/socket-server.ts';
import type { PlayService } from './play.service.ts';

/** Every socket joins its user's and its session's rooms; `battle:join` joins a battle's room; a disconnect leaves them. */
export function registerBattleHandlers(deps: { io: BattleServer; play: PlayService; sessions: SessionService; logger: Logger }) {
  const { io, play, sessions, logger } = deps;
  const quietly = (what: string) => (error: unknown) => logger.warn({ err: error }, what);
  const pending = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>) => {
    pending.add(work);
    const done = () => pending.delete(work);
    work.then(done, done);
  };

  io.on('connection', (socket) => {
    const { user } = socket.data;
    void socket.join([userRoom(user.id), sessionRoom(socket.data.session)]);
    track(play.connect(socket.id, user.id).catch(quietly('presence: recording a connection failed')));
    socket.on('battle:join', (payload, ack) => {
      if (typeof ack !== 'function') return;
      track(
        join(socket, payload).then((result) => {
          ack(result);
          if (!result.ok && result.error.code === 'unauthenticated') socket.disconnect(true);
        }),
      );
    });
    socket.on('disconnect', () => {
      track(play.leave(user, socket.id, [...socket.data.battles]).catch(quietly('presence: recording a disconnect failed')));
    });
  });

  async function join(socket: BattleSocket, payload: unknown): Promise<Ack<{ state: BattleState }>> {
    const parsed = BattleJoin.safeParse(payload);
    if (!parsed.success) return { ok: false, error: { code: 'invalid', message: 'battle:join takes { battleId: <uuid> }.' } };
    const { battleId } = parsed.data;
    try {
      // The handshake's session may have ended since (signed out elsewhere, expired).
      const current = await sessions.resolveHash(Buffer.from(socket.data.session, 'hex'));
      if (current?.id !== socket.data.user.id) return { ok: false, error: { code: 'unauthenticated', message: 'Your session has ended; sign in again.' } };
      const state = await play.join(socket.data.user, battleId, socket.id);
      socket.data.battles.add(battleId);
      await socket.join(battleRoom(battleId));
      // The others see this player back (connected) at once.
      socket.to(battleRoom(battleId)).emit('battle:state', state);
      return { ok: true, state };
    } catch (error) {
      const failed = ackError(error);
      if (!failed.expected) logger.error({ err: error }, 'battle:join failed');
      return { ok: false, error: failed.error };
    }
  }

  return {
    /** Once the handlers of every event so far are done: closing the server disconnects every socket, and each leave still writes to Postgres and Redis. */
    settled: async (): Promise<void> => {
      await Promise.allSettled([...pending]);
    },
  };
}
