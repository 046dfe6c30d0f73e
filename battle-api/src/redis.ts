import { Redis } from 'ioredis';

export type { Redis };

/** Commands (locks, probes): fail fast while Redis is away, reconnect in the background. */
export function createRedis(redisUrl: string): Redis {
  return new Redis(redisUrl, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 100, 1_000),
  });
}

/**
 * The Socket.IO adapter's pair: a publisher and its duplicate as the subscriber (a subscribed
 * connection can do nothing else). Both queue while disconnected and resubscribe on reconnect.
 */
export function createPubSub(redisUrl: string): { pub: Redis; sub: Redis } {
  const pub = new Redis(redisUrl, { connectTimeout: 2_000, retryStrategy: (attempt) => Math.min(attempt * 100, 1_000) });
  return { pub, sub: pub.duplicate() };
}
