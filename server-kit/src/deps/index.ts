export { isDependencyFailure } from './dependency-failure.ts';
export { createHealthService, type HealthService } from './health.ts';
export { createSql, type Queryable, type Sql } from './postgres.ts';
export { connectRedis, parseRedisLocation, redisOptions, RedisLocationError, type QueueConnectionOptions, type RedisLocation } from './redis-options.ts';
export { createPubSub, createRedis, createSubscriber, type Redis } from './redis.ts';
