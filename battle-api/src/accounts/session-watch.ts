import { SESSION_ENDED_CHANNEL, SessionEnded } from '@eduscale/contracts';
import type { Redis } from '@eduscale/server-kit/deps';
import type { Logger } from '../logger.ts';
import { sessionRoom, type BattleServer } from '../sockets/socket-server.ts';
import type { SessionService } from './session.service.ts';

/**
 * A socket lasts no longer than its session. programming-api announces each sign-out on
 * SESSION_ENDED_CHANNEL, and every instance (each hears it) disconnects its own sockets of
 * that session at once. A session that ends without a word (it expired; the announcement was
 * lost while Redis was away) is found by re-checking this instance's sockets every
 * `intervalMs`. battle:join checks the session too.
 */
export function startSessionWatch(deps: { io: BattleServer; subscriber: Redis; sessions: SessionService; intervalMs: number; logger: Logger }) {
  const { io, logger } = deps;
  const end = (tokenHash: string) => io.local.in(sessionRoom(tokenHash)).disconnectSockets(true);

  const onMessage = (channel: string, message: string) => {
    if (channel !== SESSION_ENDED_CHANNEL) return;
    const ended = readMessage(message);
    if (ended) end(ended.tokenHash);
    else logger.warn({ channel }, 'ignoring a malformed session-ended message');
  };
  deps.subscriber.on('message', onMessage);
  deps.subscriber.subscribe(SESSION_ENDED_CHANNEL).catch((error: unknown) => logger.warn({ err: error }, 'subscribing to session ends failed; the periodic check still ends them'));

  let checking = false;
  const timer = setInterval(() => {
    if (checking) return;
    const open = [...new Set([...io.of('/').sockets.values()].map((socket) => socket.data.session))];
    if (open.length === 0) return;
    checking = true;
    deps.sessions
      .live(open)
      .then((live) => {
        for (const tokenHash of open) if (!live.has(tokenHash)) end(tokenHash);
      })
      // With Postgres away nobody is disconnected: the sessions may well be fine.
      .catch((error: unknown) => logger.warn({ err: error }, 'checking open sockets\' sessions failed'))
      .finally(() => {
        checking = false;
      });
  }, deps.intervalMs);
  timer.unref();

  return {
    stop: () => {
      clearInterval(timer);
      deps.subscriber.off('message', onMessage);
    },
  };
}

function readMessage(message: string): SessionEnded | undefined {
  try {
    return SessionEnded.parse(JSON.parse(message));
  } catch {
    return undefined;
  }
}
