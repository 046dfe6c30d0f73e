/**
 * One socket.io-client socket per player, each in its battle's room: half of a battle's
 * players on each battle-api instance (or all through NGINX), connected in bounded waves so
 * the handshake storm does not become the thing measured.
 */
import { io, type Socket } from 'socket.io-client';
import type { BattleClientEvents, BattleProgress, BattleServerEvents } from '@eduscale/contracts';
import type { BenchBattle, BenchPlayer } from './fanout-fixtures.ts';
import { inWaves } from './waves.ts';

type BattleSocket = Socket<BattleServerEvents, BattleClientEvents>;

/** Where a socket is connected: an instance's index, or `'nginx'` when NGINX chose. */
export type SocketInstance = number | 'nginx';

export interface PlayerSocket {
  socket: BattleSocket;
  battleId: string;
  instance: SocketInstance;
}

export type ProgressListener = (progress: BattleProgress, receiver: { battleId: string; instance: SocketInstance }, arrivedAt: number) => void;

const JOIN_TIMEOUT_MS = 15_000;

async function connectPlayer(options: { url: string; player: BenchPlayer; battleId: string; instance: SocketInstance; onProgress: ProgressListener }): Promise<PlayerSocket> {
  const socket: BattleSocket = io(options.url, {
    path: '/socket.io/',
    transports: ['websocket'],
    extraHeaders: { cookie: options.player.cookie },
    reconnection: false,
    forceNew: true,
    timeout: JOIN_TIMEOUT_MS,
  });
  const receiver = { battleId: options.battleId, instance: options.instance };
  // Listening before joining: a report may land between the ack and the caller's next line.
  socket.on('battle:progress', (progress) => options.onProgress(progress, receiver, performance.now()));
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    const joined = await socket.timeout(JOIN_TIMEOUT_MS).emitWithAck('battle:join', { battleId: options.battleId });
    if (!joined.ok) throw new Error(`battle:join ${options.battleId} refused: ${joined.error.code} ${joined.error.message}`);
  } catch (error) {
    socket.disconnect();
    throw error;
  }
  return { socket, ...receiver };
}

/**
 * Connects every player of every battle; with `viaUrl` all go there, otherwise the first half
 * of each battle's players goes to instance 0, the second half to instance 1 (and so on).
 */
export async function connectPlayers(options: {
  battles: BenchBattle[];
  instanceUrls: string[];
  viaUrl?: string;
  concurrency: number;
  onProgress: ProgressListener;
}): Promise<PlayerSocket[]> {
  const seats = options.battles.flatMap((battle) =>
    battle.players.map((player, seat) => {
      const instance = Math.floor((seat * options.instanceUrls.length) / battle.players.length);
      return { player, battleId: battle.id, instance };
    }),
  );
  const sockets: PlayerSocket[] = [];
  try {
    await inWaves(seats, options.concurrency, async (seat) => {
      const url = options.viaUrl ?? options.instanceUrls[seat.instance]!;
      const instance: SocketInstance = options.viaUrl ? 'nginx' : seat.instance;
      sockets.push(await connectPlayer({ url, player: seat.player, battleId: seat.battleId, instance, onProgress: options.onProgress }));
    });
  } catch (error) {
    disconnectAll(sockets);
    throw error;
  }
  return sockets;
}

export function disconnectAll(sockets: PlayerSocket[]): void {
  for (const { socket } of sockets) socket.disconnect();
}
