import type { ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { failOnExit, freePort, waitUntil } from '../processes/ports.ts';
import type { Supervisor } from '../processes/supervisor.ts';

// Generous: a loaded 2-core machine may take a while to notice, elect and promote.
const SETTLE_MS = 90_000;

export interface SentinelRedis {
  /** REDIS_URL for the services: the three sentinels and the master's name. */
  location: string;
  master: string;
  ports: { primary: number; replica: number; sentinels: number[] };
  /** SIGKILLs the primary (no chance to hand over) and resolves once it has exited. */
  killPrimary(): Promise<void>;
  /** Resolves once the sentinels name the replica as the primary and it says it is one. */
  waitForPromotion(): Promise<void>;
}

/** One command on a throwaway connection (the servers come and go; no client outlives its question). */
export async function askRedis<T>(port: number, command: (client: Redis) => Promise<T>): Promise<T> {
  const client = new Redis(port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => {});
  try {
    await client.connect();
    return await command(client);
  } finally {
    client.disconnect();
  }
}

/**
 * A primary, its replica and three sentinels on free loopback ports (quorum 2; a primary is
 * down after 1 s unanswered), started once the replica is in sync and every sentinel knows the
 * replica and the other two.
 */
export async function startRedisWithSentinels(supervisor: Supervisor, options: { dataDir: string; master?: string }): Promise<SentinelRedis> {
  const { dataDir, master = 'eduscale' } = options;
  mkdirSync(dataDir, { recursive: true });
  const ports = { primary: await freePort(), replica: await freePort(), sentinels: [await freePort(), await freePort(), await freePort()] };
  const startServer = async (name: string, port: number, args: string[]): Promise<ChildProcess> => {
    const child = supervisor.start({ name, command: 'redis-server', args: [...args, '--port', String(port), '--bind', '127.0.0.1', '--daemonize', 'no', '--logfile', ''] });
    await Promise.race([waitUntil(name, async () => (await askRedis(port, (c) => c.ping())) === 'PONG', SETTLE_MS), failOnExit(child, name)]);
    return child;
  };
  const data = (name: string) => ['--dir', dataDir, '--dbfilename', `${name}.rdb`, '--save', '', '--appendonly', 'no'];
  const primary = await startServer('redis-primary', ports.primary, data('primary'));
  await startServer('redis-replica', ports.replica, [...data('replica'), '--replicaof', '127.0.0.1', String(ports.primary)]);
  for (const [index, port] of ports.sentinels.entries()) {
    // Each sentinel rewrites its own config file as it learns the topology.
    const file = join(dataDir, `sentinel-${index}.conf`);
    const settings = [`dir ${dataDir}`, `sentinel monitor ${master} 127.0.0.1 ${ports.primary} 2`, `sentinel down-after-milliseconds ${master} 1000`, `sentinel failover-timeout ${master} 5000`, `sentinel parallel-syncs ${master} 1`];
    writeFileSync(file, `${settings.join('\n')}\n`);
    await startServer(`redis-sentinel-${index}`, port, [file, '--sentinel']);
  }
  await waitUntil('replica in sync', async () => /master_link_status:up/.test(await askRedis(ports.replica, (c) => c.info('replication'))), SETTLE_MS);
  for (const port of ports.sentinels) {
    await waitUntil(`sentinel on ${port} sees the topology`, () => askRedis(port, async (c) => {
      const replicas = (await c.call('SENTINEL', 'REPLICAS', master)) as unknown[];
      const sentinels = (await c.call('SENTINEL', 'SENTINELS', master)) as unknown[];
      return replicas.length === 1 && sentinels.length === 2;
    }), SETTLE_MS);
  }
  return {
    location: `redis+sentinel://${ports.sentinels.map((port) => `127.0.0.1:${port}`).join(',')}/${master}`,
    master,
    ports,
    async killPrimary() {
      const gone = new Promise((resolve) => primary.once('exit', resolve));
      primary.kill('SIGKILL');
      await gone;
    },
    async waitForPromotion() {
      await waitUntil('the sentinels promote the replica', async () => {
        const named = (await askRedis(ports.sentinels[0] ?? 0, (c) => c.call('SENTINEL', 'GET-MASTER-ADDR-BY-NAME', master))) as string[];
        return Number(named[1]) === ports.replica && /role:master/.test(await askRedis(ports.replica, (c) => c.info('replication')));
      }, SETTLE_MS);
    },
  };
}
