/**
 * One battle-api instance inside the test process, wired as main.ts wires it: the real app and
 * Socket.IO server, its workers, over the Postgres and Redis the test names, listening on a
 * loopback port of its own (sockets need a listener; HTTP goes to `app.request()`).
 */
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { createPubSub, createRedis, createSql } from '@eduscale/server-kit/deps';
import { createApp, type App } from '../src/app.ts';
import { parseConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { startWorkers } from '../src/workers.ts';

export interface BattleApp {
  app: App;
  /** Where its sockets connect. */
  url: string;
  close(): Promise<void>;
}

/** `env` as battle-api's environment (DATABASE_URL, REDIS_URL and any setting); resolves once Redis answers. */
export async function startBattleApp(env: Record<string, string>): Promise<BattleApp> {
  const config = parseConfig({ LOG_LEVEL: process.env.EDUSCALE_VERBOSE ? 'warn' : 'silent', ...env });
  const logger = createLogger(config.logLevel);
  const sql = createSql(config.databaseUrl, { max: 4 });
  const redis = createRedis(config.redisUrl);
  const { pub, sub } = createPubSub(config.redisUrl);
  const subscriber = pub.duplicate();
  const clients = [redis, pub, sub, subscriber];
  for (const client of clients) client.on('error', () => {}); // tests restart Redis on purpose
  // Commands fail fast while Redis is away: the first request must not land before it answers.
  await Promise.all(clients.map((client) => (client.status === 'ready' ? undefined : once(client, 'ready'))));
  const deps = { config, sql, redis, pub, sub, subscriber, logger };
  const { app, io, sockets, services } = createApp(deps);
  const workers = startWorkers(deps, services, io);
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  io.attach(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    app,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      await workers.stop();
      await services.close();
      await new Promise<void>((resolve) => void io.close(() => resolve()));
      await sockets.settled(); // the disconnects' leaves, which still write and broadcast
      await Promise.allSettled([sql.end({ timeout: 5 }), ...clients.map((client) => client.quit())]);
    },
  };
}
