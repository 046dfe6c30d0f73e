import assert from 'node:assert/strict';
import { once } from 'node:events';
import { after, describe, it } from 'node:test';
import { DependencyUnavailableError } from '../errors/common-errors.ts';
import { createHealthService } from './health.ts';
import { createSql } from './postgres.ts';
import { createRedis } from './redis.ts';

// Nothing listens on port 1 of loopback: a dependency that is down, with no stack needed.
const downSql = createSql('postgres://nobody@127.0.0.1:1/none', { max: 1 });
const downRedis = createRedis('redis://127.0.0.1:1');
downRedis.on('error', () => {});
after(async () => {
  await downSql.end({ timeout: 0 });
  downRedis.disconnect();
});

describe('the health check', () => {
  it('answers 503 naming both dependencies when neither answers', async () => {
    const health = createHealthService({ sql: downSql, redis: downRedis });
    const error = await health.check().then(() => undefined, (caught: unknown) => caught);
    assert.ok(error instanceof DependencyUnavailableError);
    assert.match(error.message, /^postgres is down \(.+\); redis is down \(.+\)\.$/);
    const checks = error.extensions.checks as Record<string, { status: string }>;
    assert.deepEqual([checks.postgres?.status, checks.redis?.status], ['down', 'down']);
  });

  const { DATABASE_URL, REDIS_URL } = process.env;
  it('reports both up with their latency against the stack', { skip: !DATABASE_URL || !REDIS_URL ? 'needs DATABASE_URL and REDIS_URL (npm test sets them)' : false }, async () => {
    const sql = createSql(DATABASE_URL!, { max: 1 });
    const redis = createRedis(REDIS_URL!);
    try {
      await once(redis, 'ready'); // fail-fast: a command before the connection is up is refused
      const health = await createHealthService({ sql, redis }).check();
      assert.equal(health.status, 'ok');
      assert.equal(health.checks.postgres?.status, 'up');
      assert.equal(typeof health.checks.redis?.latencyMs, 'number');
    } finally {
      await sql.end({ timeout: 1 });
      redis.disconnect();
    }
  });

  it('names only the dependency that is down', { skip: !DATABASE_URL ? 'needs DATABASE_URL (npm test sets it)' : false }, async () => {
    const sql = createSql(DATABASE_URL!, { max: 1 });
    try {
      const error = await createHealthService({ sql, redis: downRedis }).check().then(() => undefined, (caught: unknown) => caught);
      assert.ok(error instanceof DependencyUnavailableError);
      assert.match(error.message, /^redis is down/);
    } finally {
      await sql.end({ timeout: 1 });
    }
  });
});
