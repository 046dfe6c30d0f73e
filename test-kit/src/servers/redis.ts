import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { REPO_ROOT } from '../paths.ts';
import { failOnExit, waitUntil } from '../processes/ports.ts';
import type { Supervisor } from '../processes/supervisor.ts';

export interface RedisOptions {
  dataDir: string;
  port: number;
  /** Supervisor name, so a test can run a second Redis beside the stack's. */
  name?: string;
}

export async function startRedis(supervisor: Supervisor, options: RedisOptions): Promise<string> {
  mkdirSync(options.dataDir, { recursive: true });
  const server = supervisor.start({
    name: options.name ?? 'redis',
    command: 'redis-server',
    args: [join(REPO_ROOT, 'redis', 'redis.conf'), '--port', String(options.port), '--bind', '127.0.0.1', '--dir', options.dataDir, '--daemonize', 'no', '--logfile', ''],
  });
  const url = `redis://127.0.0.1:${options.port}`;
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => {}); // refusals are expected until the server listens
  try {
    const ready = waitUntil('redis', async () => {
      if (client.status !== 'ready') await client.connect().catch(() => undefined);
      // AOF loading answers LOADING errors until the dataset is back.
      return (await client.ping()) === 'PONG';
    });
    await Promise.race([ready, failOnExit(server, options.name ?? 'redis')]);
  } finally {
    client.disconnect();
  }
  return url;
}
