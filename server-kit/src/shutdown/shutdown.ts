import type { Server } from 'node:http';
import type { Logger } from '../logger/logger.ts';

export interface ShutdownOptions {
  logger: Logger;
  /** Stops taking work, finishes what is in flight, releases the clients. */
  drain: () => Promise<void>;
  /** Logged with the signal when draining starts. */
  message?: string;
  signals?: readonly NodeJS.Signals[];
  /** process.exit unless a test watches. */
  exit?: (code: number) => void;
}

/**
 * On SIGTERM or SIGINT: drain once (a second signal while draining changes nothing), then
 * exit 0; a drain that throws is logged and exits 1, so the supervisor knows.
 */
export function onShutdown({ logger, drain, message = 'shutting down', signals = ['SIGTERM', 'SIGINT'], exit = (code) => process.exit(code) }: ShutdownOptions) {
  let draining: Promise<void> | undefined;
  const shutdown = (signal: string): Promise<void> => {
    draining ??= (async () => {
      logger.info({ signal }, message);
      try {
        await drain();
      } catch (error) {
        logger.error({ err: error }, 'draining failed');
        return exit(1);
      }
      exit(0);
    })();
    return draining;
  };
  const handlers = signals.map((signal) => [signal, () => void shutdown(signal)] as const);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  return {
    shutdown,
    /** Removes the signal handlers (tests). */
    dispose: () => handlers.forEach(([signal, handler]) => process.off(signal, handler)),
  };
}

/**
 * Stops accepting connections and waits for the requests in flight. With `cutOffMs`, the
 * connections still open then (event streams, sockets that would hold the server for minutes)
 * are cut; their clients reconnect to another instance. `close` replaces `server.close` when
 * something else owns the closing (Socket.IO's `io.close` closes its HTTP server too).
 */
export async function closeServer(server: Server, options: { cutOffMs?: number; close?: () => Promise<void> } = {}): Promise<void> {
  const closed = options.close ? options.close() : new Promise<void>((resolve) => server.close(() => resolve()));
  const cutOff = options.cutOffMs === undefined ? undefined : setTimeout(() => server.closeAllConnections(), options.cutOffMs);
  try {
    await closed;
  } finally {
    clearTimeout(cutOff);
  }
}
