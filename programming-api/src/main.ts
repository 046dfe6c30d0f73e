import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { parseConfig } from './config.ts';
import { createSql } from './db.ts';
import { createLogger } from './logger.ts';
import { createRedis } from './redis.ts';

let config;
try {
  config = parseConfig(process.env);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}

const logger = createLogger(config.logLevel);
const sql = createSql(config.databaseUrl);
const redis = createRedis(config.redisUrl);
redis.on('error', (error) => logger.warn({ err: error.message }, 'redis connection error'));

const app = createApp({ config, sql, redis, logger });
const server = serve({ fetch: app.fetch, port: config.port, hostname: '0.0.0.0' }, (info) =>
  logger.info({ port: info.port }, 'programming-api listening'),
);

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  logger.info({ signal }, 'shutting down');
  // Stop accepting, let in-flight requests finish, then release the pools.
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await Promise.allSettled([sql.end({ timeout: 5 }), redis.quit()]);
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
