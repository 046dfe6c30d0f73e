import type { BattleClientEvents, BattleServerEvents } from '@eduscale/contracts';
import { io, type Socket } from 'socket.io-client';

export type BattleSocket = Socket<BattleServerEvents, BattleClientEvents>;

/** How long to wait before knocking again when the server turned the handshake down. */
const REFUSED_RETRY_MS = 3000;

/**
 * The battle servers' Socket.IO, same origin through NGINX; the session cookie authenticates
 * the handshake. Transport drops reconnect on their own; a handshake the server refused does
 * not (Socket.IO leaves that to the app), so it is retried here, except for a lost session.
 */
export function connectBattleSocket(options: { onSignedOut: () => void }): BattleSocket {
  const socket: BattleSocket = io({ path: '/socket.io/' });
  socket.on('connect_error', (error) => {
    if (socket.active) return;
    if (error.message === 'unauthenticated') options.onSignedOut();
    else setTimeout(() => socket.connect(), REFUSED_RETRY_MS);
  });
  return socket;
}

/** Back to the sign-in page, returning here afterwards. */
export function signInAgain(): void {
  location.assign(`/login?next=${encodeURIComponent(location.pathname)}`);
}
