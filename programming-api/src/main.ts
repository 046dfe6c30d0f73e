import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { parseConfig } from './config.ts';
import { createSql } from './db.ts';
import { createLogger } from './logger.ts';
import { createRedis, createSubscriber } from './redis.ts';
import { createGradingQueue } from './submissions/grading-queue.ts';

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
const subscriber = createSubscriber(config.redisUrl);
subscriber.on('error', () => {}); // the main client already reports Redis being away
const queue = createGradingQueue(config.redisUrl);

const { app, stop } = createApp({ config, sql, redis, subscriber, queue, logger });
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) =>
  logger.info({ host: config.host, port: info.port }, 'programming-api listening'),
);

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  logger.info({ signal }, 'shutting down');
  // Stop accepting, let in-flight requests finish, then release the pools.
  stop();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Open event streams would hold the server open for minutes; their clients reconnect or poll.
  const cutOff = setTimeout(() => (server as Server).closeAllConnections(), 2_000);
  await closed;
  clearTimeout(cutOff);
  await Promise.allSettled([sql.end({ timeout: 5 }), redis.quit(), subscriber.quit(), queue.close()]);
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
