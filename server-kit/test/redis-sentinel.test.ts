/**
 * REDIS_URL as a Sentinel set, against real servers on loopback: a primary, its replica and
 * three sentinels. A client made by connectRedis and a BullMQ queue given redisOptions write;
 * the primary is SIGKILLed; once the sentinels have promoted the replica, the same clients
 * read what was written and write again. Needs no stack: `node --test` runs it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { discardOutput, Supervisor, waitUntil } from '@eduscale/test-kit/processes';
import { askRedis as ask, startRedisWithSentinels, type SentinelRedis } from '@eduscale/test-kit/servers';
import { connectRedis, redisOptions } from '../src/deps/index.ts';

// Generous: a loaded 2-core machine may take a while to notice, elect and promote.
const SETTLE_MS = 90_000;

describe('REDIS_URL as a Sentinel set', { timeout: 300_000 }, () => {
  const supervisor = new Supervisor(discardOutput());
  const dir = mkdtempSync(join(tmpdir(), 'eduscale-sentinel-'));
  let redis: SentinelRedis;
  let client: Redis | undefined;
  let queue: Queue | undefined;

  before(async () => {
    redis = await startRedisWithSentinels(supervisor, { dataDir: dir });
  });

  after(async () => {
    await queue?.close().catch(() => {});
    client?.disconnect();
    await supervisor.stopAll(5_000);
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the data and takes new writes through the same clients after the primary is killed', async () => {
    const { location, ports } = redis;
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
    await redis.killPrimary();
    await redis.waitForPromotion();

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
