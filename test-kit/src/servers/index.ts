export { renderTemplate, startNginx, upstreamServers, type NginxOptions } from './nginx.ts';
export { DATABASE, databaseUrl, startPostgres, type PostgresOptions } from './postgres.ts';
export { startRedis, type RedisOptions } from './redis.ts';
export { askRedis, startRedisWithSentinels, type SentinelRedis } from './redis-sentinel.ts';
