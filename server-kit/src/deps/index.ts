export { isDependencyFailure } from './dependency-failure.ts';
export { createHealthService, type HealthService } from './health.ts';
export { createSql, type Queryable, type Sql } from './postgres.ts';
export { createPubSub, createRedis, createSubscriber, type Redis } from './redis.ts';
