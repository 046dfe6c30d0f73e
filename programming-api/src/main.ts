import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { loadConfig } from '@eduscale/server-kit/config';
import { createRedis, createSql, createSubscriber } from '@eduscale/server-kit/deps';
import { closeServer, onShutdown } from '@eduscale/server-kit/shutdown';
import { createApp } from './app.ts';
import { parseConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { createGradingQueue } from './submissions/grading-queue.ts';

const config = loadConfig(parseConfig);
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

onShutdown({
  logger,
  drain: async () => {
    await stop();
    // Open event streams would hold the server open for minutes; their clients reconnect or poll.
    await closeServer(server as Server, { cutOffMs: 2_000 });
    await Promise.allSettled([sql.end({ timeout: 5 }), redis.quit(), subscriber.quit(), queue.close()]);
  },
});
