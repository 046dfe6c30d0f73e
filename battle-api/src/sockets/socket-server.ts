import { createAdapter } from '@socket.io/redis-adapter';
import { Server, type Socket } from 'socket.io';
import type { BattleClientEvents, BattleServerEvents } from '@eduscale/contracts';
import type { Redis } from '@eduscale/server-kit/deps';
import type { SessionUser } from '@eduscale/server-kit/sessions';

export interface SocketData {
  user: SessionUser;
  /** The session's token hash (hex): the socket lasts as long as the session does. */
  session: string;
  /** The battles this socket joined, for presence. */
  battles: Set<string>;
}

export type BattleServer = Server<BattleClientEvents, BattleServerEvents, Record<string, never>, SocketData>;
export type BattleSocket = Socket<BattleClientEvents, BattleServerEvents, Record<string, never>, SocketData>;

export const battleRoom = (battleId: string) => `battle:${battleId}`;
/** Every socket of a user, on every instance, is in this room: what is said to the user goes here. */
export const userRoom = (userId: string) => `user:${userId}`;
/** This instance's sockets of one session (token hash, hex), to end them when the session ends. */
export const sessionRoom = (tokenHash: string) => `session:${tokenHash}`;

/** main.ts attaches it to the HTTP server that serves the app; rooms span instances through the Redis adapter. */
export function createSocketServer(deps: { pub: Redis; sub: Redis; prefix: string }): BattleServer {
  const io: BattleServer = new Server({ path: '/socket.io/', serveClient: false });
  io.adapter(createAdapter(deps.pub, deps.sub, { key: `${deps.prefix}:socket.io` }));
  return io;
}
