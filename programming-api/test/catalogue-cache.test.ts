import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createRedis, type Redis, type Sql } from '@eduscale/server-kit/deps';
import { createScratchDatabase } from '@eduscale/test-kit/databases';
import { requireEnv } from '@eduscale/test-kit/env';
import { freePort, Supervisor } from '@eduscale/test-kit/processes';
import { startRedis } from '@eduscale/test-kit/servers';
import { createAssignmentService } from '../src/catalogue/assignments.service.ts';
import { createCatalogueCache } from '../src/catalogue/catalogue-cache.ts';
import { readCatalogue } from '../src/catalogue/content.ts';
import type { AuthoredAssignment } from '../src/catalogue/content.schema.ts';
import { seedCatalogue } from '../src/catalogue/seed.service.ts';

const SLUG = 'add-two-numbers';
/** What a client receives: Postgres rows and values parsed from Redis compare alike. */
const asSent = (value: unknown) => JSON.parse(JSON.stringify(value));

async function connected(url: string): Promise<Redis> {
  const redis = createRedis(url);
  redis.on('error', () => {}); // some tests take Redis away on purpose
  await new Promise((resolve) => redis.once('ready', resolve));
  return redis;
}

describe('reading assignments through the catalogue cache', () => {
  // Memo off: every read goes to Redis, so what Redis holds is what the test sees.
  const settings = { prefix: `test:catalogue:${randomBytes(6).toString('hex')}`, memoMs: 0 };
  let sql: Sql;
  let drop: () => Promise<void>;
  let redis: Redis;
  let catalogue: AuthoredAssignment[];
  const seed = (authored: AuthoredAssignment[]) => seedCatalogue({ sql, cache: createCatalogueCache({ redis, settings }) }, authored);
  const changeBehindTheCache = (title: string) => sql`update assignments set title = ${title} where slug = ${SLUG}`;

  before(async () => {
    ({ sql, drop } = await createScratchDatabase());
    redis = await connected(requireEnv('REDIS_URL'));
    catalogue = await readCatalogue();
    await seed(catalogue);
  });

  after(async () => {
    const keys = await redis.keys(`${settings.prefix}:*`);
    if (keys.length > 0) await redis.del(keys);
    redis.disconnect();
    await drop();
  });

  it('answers a repeated read from Redis, not Postgres', async () => {
    const assignments = createAssignmentService({ sql, redis, cache: settings });
    const first = await assignments.get(SLUG);
    const firstList = await assignments.list();
    await changeBehindTheCache('Edited without a seed');
    assert.equal((await assignments.get(SLUG)).title, first.title);
    assert.deepEqual(asSent(await assignments.list()), asSent(firstList));
  });

  it('keeps the cached entries when a re-seed changes nothing', async () => {
    const generation = await redis.get(`${settings.prefix}:generation`);
    await seed(catalogue);
    assert.equal(await redis.get(`${settings.prefix}:generation`), generation);
    await changeBehindTheCache('Edited again without a seed');
    const assignments = createAssignmentService({ sql, redis, cache: settings });
    assert.notEqual((await assignments.get(SLUG)).title, 'Edited again without a seed');
  });

  it('serves the new catalogue right after a re-seed that changed it', async () => {
    const assignments = createAssignmentService({ sql, redis, cache: settings });
    await assignments.list();
    const revised = catalogue.map((a) => (a.slug === SLUG ? { ...a, title: 'Add Two Numbers, revised', statement: `${a.statement}\nRevised.` } : a));
    await seed(revised);
    const detail = await assignments.get(SLUG);
    assert.equal(detail.title, 'Add Two Numbers, revised');
    assert.match(detail.statement, /Revised\.$/);
    assert.equal((await assignments.list()).items.find((item) => item.slug === SLUG)?.title, 'Add Two Numbers, revised');
  });

  it('caches no answer for an unknown assignment', async () => {
    const assignments = createAssignmentService({ sql, redis, cache: settings });
    await assert.rejects(assignments.get('no-such-assignment'), { name: 'NotFoundError' });
    assert.deepEqual(await redis.keys(`${settings.prefix}:*no-such-assignment*`), []);
  });

  describe('when Redis stops answering or goes away', () => {
    const supervisor = new Supervisor(process.stderr);
    const dataDir = mkdtempSync(join(tmpdir(), 'eduscale-cache-redis-'));
    let own: Redis;
    let redisPid: number;

    before(async () => {
      const port = await freePort();
      own = await connected(await startRedis(supervisor, { dataDir, port, name: 'redis-for-cache' }));
      redisPid = Number(/process_id:(\d+)/.exec(await own.info('server'))![1]);
    });

    after(async () => {
      own.disconnect();
      await supervisor.stopAll();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('answers from Postgres within its Redis timeout while Redis hangs', async () => {
      const assignments = createAssignmentService({ sql, redis: own, cache: { ...settings, redisTimeoutMs: 100 } });
      const expected = await assignments.get(SLUG);
      process.kill(redisPid, 'SIGSTOP');
      try {
        const started = performance.now();
        assert.deepEqual(asSent(await assignments.get(SLUG)), asSent(expected));
        assert.ok(performance.now() - started < 1_000, 'a hung Redis held the read back');
      } finally {
        process.kill(redisPid, 'SIGCONT');
      }
    });

    it('answers from Postgres once Redis is gone', async () => {
      const assignments = createAssignmentService({ sql, redis: own, cache: settings });
      const list = await assignments.list();
      await supervisor.stop('redis-for-cache');
      assert.deepEqual(asSent(await assignments.list()), asSent(list));
      assert.equal((await assignments.get(SLUG)).slug, SLUG);
    });
  });
});
