import { createAdaptorServer } from '@hono/node-server';
import type { Server } from 'node:http';
import { loadConfig } from '@eduscale/server-kit/config';
import { createPubSub, createRedis, createSql } from '@eduscale/server-kit/deps';
import { closeServer, onShutdown } from '@eduscale/server-kit/shutdown';
import { createApp } from './app.ts';
import { parseConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { startWorkers } from './workers.ts';

const config = loadConfig(parseConfig);
const logger = createLogger(config.logLevel);
const sql = createSql(config.databaseUrl);
const redis = createRedis(config.redisUrl);
redis.on('error', (error) => logger.warn({ err: error.message }, 'redis connection error'));
const { pub, sub } = createPubSub(config.redisUrl);
pub.on('error', () => {}); // the command client already reports Redis being away
sub.on('error', () => {});
const subscriber = pub.duplicate();
subscriber.on('error', () => {});
const deps = { config, sql, redis, pub, sub, subscriber, logger };

const { app, io, sockets, services } = createApp(deps);
const workers = startWorkers(deps, services, io);
// One Node HTTP server: Socket.IO answers /socket.io/ (polling and the WebSocket upgrade),
// Hono everything else.
const server = createAdaptorServer({ fetch: app.fetch }) as Server;
io.attach(server);
server.listen(config.port, config.host, () => logger.info({ host: config.host, port: config.port }, 'battle-api listening'));

onShutdown({
  logger,
  drain: async () => {
    await workers.stop();
    await services.close();
    // io.close closes the sockets (clients reconnect to another instance) and the HTTP server.
    await closeServer(server, { cutOffMs: 2_000, close: () => new Promise<void>((resolve) => void io.close(() => resolve())) });
    await sockets.settled();
    await Promise.allSettled([sql.end({ timeout: 5 }), redis.quit(), pub.quit(), sub.quit(), subscriber.quit()]);
  },
});
