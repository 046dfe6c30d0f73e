import { Redis } from 'ioredis';

export type { Redis };

export function createRedis(redisUrl: string): Redis {
  return new Redis(redisUrl, {
    // Fail fast while Redis is away instead of queueing requests behind it; the client keeps
    // reconnecting in the background, so the API recovers without a restart.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 100, 1_000),
  });
}

/** For pub/sub: queues commands while disconnected and resubscribes on reconnect. */
export function createSubscriber(redisUrl: string): Redis {
  return new Redis(redisUrl, { connectTimeout: 2_000, retryStrategy: (attempt) => Math.min(attempt * 100, 1_000) });
}
