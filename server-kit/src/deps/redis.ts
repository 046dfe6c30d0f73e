import type { Redis } from 'ioredis';
import { connectRedis } from './redis-options.ts';

export type { Redis };

const reconnect = { connectTimeout: 2_000, retryStrategy: (attempt: number) => Math.min(attempt * 100, 1_000) };

/**
 * Commands. By default they fail fast while Redis is away instead of queueing requests behind
 * it (`queueWhileAway` for a worker's connection, which should wait instead); either way the
 * client keeps reconnecting in the background, so the service recovers without a restart.
 */
export function createRedis(redisUrl: string, options: { queueWhileAway?: boolean } = {}): Redis {
  return connectRedis(redisUrl, { ...reconnect, enableOfflineQueue: options.queueWhileAway ?? false, maxRetriesPerRequest: 1 });
}

/** For pub/sub (a subscribed connection can do nothing else): queues while disconnected and resubscribes on reconnect. */
export function createSubscriber(redisUrl: string): Redis {
  return connectRedis(redisUrl, reconnect);
}

/** The Socket.IO adapter's pair: a publisher and its duplicate as the subscriber. */
export function createPubSub(redisUrl: string): { pub: Redis; sub: Redis } {
  const pub = createSubscriber(redisUrl);
  return { pub, sub: pub.duplicate() };
}
