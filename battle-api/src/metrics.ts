import { createHttpMetrics } from '@eduscale/server-kit/http';
import { Counter, Gauge, Histogram } from 'prom-client';

/**
 * A registry per app (tests may build several in one process): HTTP durations, socket and
 * battle gauges, handler durations, lock extensions and failures, the Redis pub/sub round trip.
 */
export function createMetrics() {
  // What the gauges read at scrape time; services.ts fills these in once the sources exist.
  const sources = { connectedSockets: () => 0, activeBattles: async () => 0 };
  const { registry, middleware } = createHttpMetrics();
  const registers = [registry];
  return {
    registry,
    middleware,
    handlerDuration: new Histogram({
      name: 'handler_duration_seconds',
      help: 'Duration of battle handlers (HTTP start/create, socket events) by handler and outcome',
      labelNames: ['handler', 'outcome'] as const,
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    sources,
    activeBattles: new Gauge({
      name: 'active_battles',
      help: 'Battles running now (all instances, from Postgres)',
      registers,
      async collect() {
        this.set(await sources.activeBattles().catch(() => 0));
      },
    }),
    connectedSockets: new Gauge({
      name: 'connected_sockets',
      help: 'Socket.IO clients connected to this instance',
      registers,
      collect() {
        this.set(sources.connectedSockets());
      },
    }),
    pubsubRoundtrip: new Histogram({
      name: 'redis_pubsub_roundtrip_ms',
      help: 'Time for a message this instance publishes on Redis to come back to its own subscriber',
      buckets: [0.25, 0.5, 1, 2, 5, 10, 25, 50, 100, 250, 1000],
      registers,
    }),
    lockExtensions: new Counter({ name: 'battle_lock_extensions_total', help: 'Start-lock extensions while a handler ran', registers }),
    lockFailures: new Counter({
      name: 'battle_lock_failures_total',
      help: 'Start locks not acquired in time (acquire) or lost while held (extend)',
      labelNames: ['stage'] as const,
      registers,
    }),
    battleEnds: new Counter({ name: 'battle_ends_total', help: 'Battles this instance ended, by why', labelNames: ['reason'] as const, registers }),
    matchmakingWait: new Histogram({
      name: 'matchmaking_wait_seconds',
      help: 'How long matched players waited in the queue, by mode (the count is players matched)',
      labelNames: ['mode'] as const,
      buckets: [0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300],
      registers,
    }),
    battleStarts: new Counter({ name: 'battle_starts_total', help: 'Battles this instance started (exactly one start per battle, fleet-wide)', registers }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

/** Runs one handler's work, timed in handler_duration_seconds by its outcome. */
export async function timed<T>(metrics: Pick<Metrics, 'handlerDuration'>, handler: string, work: () => Promise<T>): Promise<T> {
  const stop = metrics.handlerDuration.startTimer({ handler });
  try {
    const value = await work();
    stop({ outcome: 'ok' });
    return value;
  } catch (error) {
    stop({ outcome: 'error' });
    throw error;
  }
}
