import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redis } from 'ioredis';
import postgres from 'postgres';
import { isDependencyFailure } from './dependency-failure.ts';

const closedPort = 1; // nothing listens on port 1 of loopback

describe('isDependencyFailure', () => {
  it('recognises a Postgres that refuses the connection', async () => {
    const sql = postgres(`postgres://nobody@127.0.0.1:${closedPort}/none`, { connect_timeout: 1, max: 1, onnotice: () => {} });
    const error = await sql`select 1`.catch((caught: unknown) => caught);
    await sql.end({ timeout: 0 });
    assert.ok(isDependencyFailure(error), String(error));
  });

  it('recognises a Redis command refused while disconnected', async () => {
    const redis = new Redis(`redis://127.0.0.1:${closedPort}`, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true, retryStrategy: () => null });
    redis.on('error', () => {});
    const error = await redis.ping().catch((caught: unknown) => caught);
    redis.disconnect();
    assert.ok(isDependencyFailure(error), String(error));
  });

  it('looks through the cause chain', () => {
    const refused = Object.assign(new Error('refused'), { code: 'ECONNREFUSED' });
    assert.ok(isDependencyFailure(new Error('loading the catalogue failed', { cause: refused })));
  });

  it('counts SQLSTATE connection exceptions but not constraint violations', () => {
    assert.ok(isDependencyFailure(Object.assign(new Error('terminating connection'), { code: '57P01' })));
    assert.ok(!isDependencyFailure(Object.assign(new Error('duplicate key'), { code: '23505' })));
  });

  it('is false for what is not an Error', () => {
    assert.ok(!isDependencyFailure('ECONNREFUSED'));
  });
});
