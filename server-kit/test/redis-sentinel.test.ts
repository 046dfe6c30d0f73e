/**
 * REDIS_URL as a Sentinel set, against real servers on loopback: a primary, its replica and
 * three sentinels. A client made by connectRedis and a BullMQ queue given redisOptions write;
 * the primary is SIGKILLed; once the sentinels have promoted the replica, the same clients
 * read what was written and write again. Needs no stack: `node --test` runs it.
 */
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { discardOutput, failOnExit, freePort, Supervisor, waitUntil } from '@eduscale/test-kit/processes';
import { connectRedis, redisOptions } from '../src/deps/index.ts';

const MASTER = 'eduscale';
// Generous: a loaded 2-core machine may take a while to notice, elect and promote.
const SETTLE_MS = 90_000;

const direct = (port: number) => {
  const client = new Redis(port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => {});
  return client;
};

/** One command on a throwaway connection (the servers come and go; no client should outlive its question). */
async function ask<T>(port: number, command: (client: Redis) => Promise<T>): Promise<T> {
  const client = direct(port);
  try {
    await client.connect();
    return await command(client);
  } finally {
    client.disconnect();
  }
}

describe('REDIS_URL as a Sentinel set', { timeout: 300_000 }, () => {
  const supervisor = new Supervisor(discardOutput());
  const dir = mkdtempSync(join(tmpdir(), 'eduscale-sentinel-'));
  const ports = { primary: 0, replica: 0, sentinels: [] as number[] };
  let client: Redis | undefined;
  let queue: Queue | undefined;
  let primary: ChildProcess | undefined;

  const startServer = async (name: string, port: number, args: string[]) => {
    const child = supervisor.start({ name, command: 'redis-server', args: [...args, '--port', String(port), '--bind', '127.0.0.1', '--daemonize', 'no', '--logfile', ''] });
    await Promise.race([waitUntil(name, async () => (await ask(port, (c) => c.ping())) === 'PONG', SETTLE_MS), failOnExit(child, name)]);
    return child;
  };

  before(async () => {
    ports.primary = await freePort();
    ports.replica = await freePort();
    ports.sentinels = [await freePort(), await freePort(), await freePort()];
    const data = (name: string) => ['--dir', dir, '--dbfilename', `${name}.rdb`, '--save', '', '--appendonly', 'no'];
    primary = await startServer('primary', ports.primary, data('primary'));
    await startServer('replica', ports.replica, [...data('replica'), '--replicaof', '127.0.0.1', String(ports.primary)]);
    for (const [index, port] of ports.sentinels.entries()) {
      // Each sentinel rewrites its own config file as it learns the topology.
      const file = join(dir, `sentinel-${index}.conf`);
      writeFileSync(
        file,
        [
          `dir ${dir}`,
          `sentinel monitor ${MASTER} 127.0.0.1 ${ports.primary} 2`,
          `sentinel down-after-milliseconds ${MASTER} 1000`,
          `sentinel failover-timeout ${MASTER} 5000`,
          `sentinel parallel-syncs ${MASTER} 1`,
          '',
        ].join('\n'),
      );
      await startServer(`sentinel-${index}`, port, [file, '--sentinel']);
    }
    // Before the kill: the replica in sync, and every sentinel knowing the replica and the two other sentinels.
    await waitUntil('replica in sync', async () => /master_link_status:up/.test(await ask(ports.replica, (c) => c.info('replication'))), SETTLE_MS);
    for (const port of ports.sentinels) {
      await waitUntil(
        `sentinel on ${port} sees the topology`,
        async () =>
          ask(port, async (c) => {
            const replicas = (await c.call('SENTINEL', 'REPLICAS', MASTER)) as string[][];
            const sentinels = (await c.call('SENTINEL', 'SENTINELS', MASTER)) as unknown[];
            return replicas.length === 1 && sentinels.length === 2;
          }),
        SETTLE_MS,
      );
    }
  });

  after(async () => {
    await queue?.close().catch(() => {});
    client?.disconnect();
    await supervisor.stopAll(5_000);
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the data and takes new writes through the same clients after the primary is killed', async () => {
    const location = `redis+sentinel://${ports.sentinels.map((port) => `127.0.0.1:${port}`).join(',')}/${MASTER}`;
    client = connectRedis(location);
    client.on('error', () => {}); // refusals while the primary is down are expected; the client retries
    queue = new Queue('sentinel-test', { connection: redisOptions(location) });
    queue.on('error', () => {});

    await client.set('before-failover', 'kept');
    const added = await queue.add('work', { n: 1 }, { jobId: 'job-1', delay: 3_600_000 });
    assert.equal(added.id, 'job-1');
    assert.equal(await serverPort(client), ports.primary, 'the sentinels first named the primary');
    // The writes have reached the replica before the primary dies (asynchronous replication otherwise may lose them).
    assert.ok((await client.wait(1, 30_000)) >= 1, 'the replica acknowledged the writes');

    // SIGKILL, not a clean stop: the primary gets no chance to hand over.
    const gone = new Promise((resolve) => primary!.once('exit', resolve));
    primary!.kill('SIGKILL');
    await gone;

    await waitUntil(
      'the sentinels promote the replica',
      async () => {
        const named = (await ask(ports.sentinels[0]!, (c) => c.call('SENTINEL', 'GET-MASTER-ADDR-BY-NAME', MASTER))) as string[];
        return Number(named[1]) === ports.replica && /role:master/.test(await ask(ports.replica, (c) => c.info('replication')));
      },
      SETTLE_MS,
    );

    // The same clients find the new primary by asking the sentinels again.
    await waitUntil('the client is back on the promoted replica', async () => (await serverPort(client!)) === ports.replica, SETTLE_MS);
    assert.equal(await client.get('before-failover'), 'kept');
    await waitUntil('the queue is back', async () => (await queue!.getJob('job-1')) !== undefined, SETTLE_MS);
    assert.deepEqual((await queue.getJob('job-1'))?.data, { n: 1 });
    assert.equal(await client.set('after-failover', 'written'), 'OK');
    assert.equal(await ask(ports.replica, (c) => c.get('after-failover')), 'written');
    assert.equal((await queue.add('work', { n: 2 }, { jobId: 'job-2', delay: 3_600_000 })).id, 'job-2');
    assert.equal(await queue.getJobCountByTypes('delayed'), 2);
  });
});

/** The port of the server a client is talking to, as that server reports it. */
async function serverPort(client: Redis): Promise<number> {
  return Number(/tcp_port:(\d+)/.exec(await client.info('server'))?.[1]);
}
