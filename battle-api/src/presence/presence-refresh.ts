import type { Logger } from '../logger.ts';
import type { BattleServer } from '../sockets/socket-server.ts';
import type { Presence } from './presence.ts';

/** This instance's sockets stay present while connected (re-dated every `intervalMs`); those of a dead instance expire. */
export function startPresenceRefresh(deps: { io: BattleServer; presence: Pick<Presence, 'refresh'>; intervalMs: number; logger: Logger }) {
  const timer = setInterval(() => {
    const sockets = [...deps.io.of('/').sockets.values()].map((s) => ({ socketId: s.id, userId: s.data.user.id, battleIds: [...s.data.battles] }));
    deps.presence.refresh(sockets).catch((error: unknown) => deps.logger.warn({ err: error }, 'presence: refreshing failed'));
  }, deps.intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
