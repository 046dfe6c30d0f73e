/** Builds the real app in-process over the test stack's Postgres and Redis (or ones a test brings). */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createRedis, createSql, createSubscriber } from '@eduscale/server-kit/deps';
import { requireEnv } from '@eduscale/test-kit/env';
import { httpClient, signUpWith, type HttpClient, type SignedUpUser } from '@eduscale/test-kit/http';
import { createApp, type App } from '../src/app.ts';
import { parseConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { createGradingQueue } from '../src/submissions/grading-queue.ts';

export interface TestApp {
  app: App;
  request(path: string, init?: RequestInit): Promise<Response>;
  /** The same requests through the test kit's client: JSON in and out, cookies by hand. */
  client: HttpClient;
  signUp(prefix?: string): Promise<SignedUpUser>;
  /** PUBLIC_ORIGIN: the origin CSRF checks accept. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Raised as the throwaway stack raises them: every `app.request()` comes from the same unknown
 * address, so the per-address limits would otherwise count every test's sign-ups together.
 */
const TEST_LIMITS = { REGISTRATIONS_PER_IP_PER_HOUR: '100000', LOGINS_PER_IP_PER_15_MIN: '100000' };

/**
 * Resolves once Redis is connected, so no request lands on the rate limiters' in-memory fallback.
 * By default requests go straight into `app.request()`, with no connection behind them; with
 * `listen: true` the app serves on a loopback port and requests arrive over TCP from
 * 127.0.0.1, as NGINX's do in the local stack.
 */
export async function createTestApp(env: Record<string, string> = {}, options: { listen?: boolean } = {}): Promise<TestApp> {
  const config = parseConfig({ DATABASE_URL: requireEnv('DATABASE_URL'), REDIS_URL: requireEnv('REDIS_URL'), LOG_LEVEL: 'silent', ...TEST_LIMITS, ...env });
  const sql = createSql(config.databaseUrl, { max: 4 });
  const redis = createRedis(config.redisUrl);
  redis.on('error', () => {}); // tests kill Redis on purpose
  if (redis.status !== 'ready') await once(redis, 'ready');
  const subscriber = createSubscriber(config.redisUrl);
  subscriber.on('error', () => {});
  const queue = createGradingQueue(config.redisUrl);
  const { app, stop } = createApp({ config, sql, redis, subscriber, queue, logger: createLogger(config.logLevel) });
  const server = options.listen ? serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) : undefined;
  if (server && !server.listening) await once(server, 'listening');
  const base = server ? `http://127.0.0.1:${(server.address() as AddressInfo).port}` : undefined;
  const request = async (path: string, init?: RequestInit) => (base ? fetch(`${base}${path}`, init) : app.request(path, init));
  const client = httpClient(request);
  return {
    app,
    request,
    client,
    signUp: (prefix) => signUpWith(client, prefix),
    origin: config.publicOrigin,
    close: async () => {
      if (server) await new Promise((resolve) => server.close(resolve));
      await stop();
      redis.disconnect();
      subscriber.disconnect();
      await queue.close().catch(() => {});
      // Bounded: a query left on a connection to a Postgres that was restarted under it never settles.
      await sql.end({ timeout: 5 });
    },
  };
}
