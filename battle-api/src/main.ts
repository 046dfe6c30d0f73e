import { createAdaptorServer } from '@hono/node-server';
import type { Server } from 'node:http';
import { createApp } from './app.ts';
import { parseConfig } from './config.ts';
import { createSql } from './db.ts';
import { createLogger } from './logger.ts';
import { createPubSub, createRedis } from './redis.ts';

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
const { pub, sub } = createPubSub(config.redisUrl);
pub.on('error', () => {}); // the command client already reports Redis being away
sub.on('error', () => {});
const subscriber = pub.duplicate();
subscriber.on('error', () => {});

const { app, io, stop } = createApp({ config, sql, redis, pub, sub, subscriber, logger });
// One Node HTTP server: Socket.IO answers /socket.io/ (polling and the WebSocket upgrade),
// Hono everything else.
const server = createAdaptorServer({ fetch: app.fetch }) as Server;
io.attach(server);
server.listen(config.port, config.host, () => logger.info({ host: config.host, port: config.port }, 'battle-api listening'));

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  logger.info({ signal }, 'shutting down');
  await stop();
  // Closes the sockets (clients reconnect to another instance) and the HTTP server.
  const closed = new Promise<void>((resolve) => void io.close(() => resolve()));
  const cutOff = setTimeout(() => server.closeAllConnections(), 2_000);
  await closed;
  clearTimeout(cutOff);
  await Promise.allSettled([sql.end({ timeout: 5 }), redis.quit(), pub.quit(), sub.quit(), subscriber.quit()]);
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
