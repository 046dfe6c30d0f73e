import { isSameOrigin } from '@eduscale/server-kit/http';
import { hashToken, sessionTokenFromHeader } from '@eduscale/server-kit/sessions';
import type { SessionService } from '../accounts/session.service.ts';
import type { BattleSocket } from './socket-server.ts';

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
