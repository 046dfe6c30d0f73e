import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { redisLocation } from '../config/env.ts';
import { parseRedisLocation, RedisLocationError, redisOptions } from './redis-options.ts';

describe('parseRedisLocation', () => {
  it('leaves plain URLs alone', () => {
    for (const url of ['redis://127.0.0.1:6379', 'redis://:secret@cache:6380/2', 'rediss://user:pw@redis.example.com:6379']) {
      assert.deepEqual(parseRedisLocation(url), { kind: 'url', url });
    }
  });

  it('reads a set of sentinels and the master name', () => {
    assert.deepEqual(parseRedisLocation('redis+sentinel://10.0.0.1:26379,10.0.0.2:26380,sentinel-3/eduscale'), {
      kind: 'sentinel',
      name: 'eduscale',
      sentinels: [
        { host: '10.0.0.1', port: 26379 },
        { host: '10.0.0.2', port: 26380 },
        { host: 'sentinel-3', port: 26379 },
      ],
    });
  });

  it('reads credentials (percent-decoded), db, the sentinels\' password and IPv6 hosts', () => {
    assert.deepEqual(parseRedisLocation('redis+sentinel://app:p%40ss@[::1]:26379,127.0.0.1/my%20master?db=3&sentinelPassword=s3'), {
      kind: 'sentinel',
      name: 'my master',
      sentinels: [
        { host: '::1', port: 26379 },
        { host: '127.0.0.1', port: 26379 },
      ],
      username: 'app',
      password: 'p@ss',
      db: 3,
      sentinelPassword: 's3',
    });
    assert.deepEqual(parseRedisLocation('redis+sentinel://:only-password@h:1/m'), {
      kind: 'sentinel',
      name: 'm',
      sentinels: [{ host: 'h', port: 1 }],
      password: 'only-password',
    });
  });

  const rejected: [string, RegExp][] = [
    ['redis+sentinel://h1:26379,h2:26379', /master name is missing/],
    ['redis+sentinel://h1:26379/', /master name is missing/],
    ['redis+sentinel:///mymaster', /"" is not a sentinel address/],
    ['redis+sentinel://h1:26379,,h2/mymaster', /"" is not a sentinel address/],
    ['redis+sentinel://h1:/mymaster', /"h1:" is not a sentinel address/],
    ['redis+sentinel://h1:port/mymaster', /"h1:port" is not a sentinel address/],
    ['redis+sentinel://h1:70000/mymaster', /"h1:70000" has a port outside 1-65535/],
    ['redis+sentinel://h1/mymaster?db=one', /db must be a whole number, not "one"/],
    ['redis+sentinel://h1/mymaster?tls=true', /unknown parameter "tls"/],
    ['redis+sentinel://:%zz@h1/mymaster', /password is not valid percent-encoding/],
    ['redis+sentinel://h1/a/b', /expected redis\+sentinel:\/\//],
  ];
  for (const [location, message] of rejected) {
    it(`rejects ${location}, saying why`, () => {
      assert.throws(() => parseRedisLocation(location), (error: Error) => error instanceof RedisLocationError && message.test(error.message));
    });
  }
});

describe('redisOptions', () => {
  it('passes a plain URL as `url` with the caller\'s options', () => {
    assert.deepEqual(redisOptions('redis://127.0.0.1:6379', { maxRetriesPerRequest: null }), { url: 'redis://127.0.0.1:6379', maxRetriesPerRequest: null });
  });

  it('gives sentinels, the master name and the credentials, the caller\'s options winning', () => {
    assert.deepEqual(redisOptions('redis+sentinel://:pw@h1,h2:26380/main?db=1', { maxRetriesPerRequest: 1, enableOfflineQueue: false }), {
      sentinels: [
        { host: 'h1', port: 26379 },
        { host: 'h2', port: 26380 },
      ],
      name: 'main',
      password: 'pw',
      db: 1,
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
    });
  });
});

describe('the REDIS_URL schema', () => {
  const Env = z.object({ REDIS_URL: redisLocation });

  it('accepts both forms unchanged', () => {
    for (const value of ['redis://127.0.0.1:6379', 'redis+sentinel://h1,h2,h3/mymaster']) assert.equal(Env.parse({ REDIS_URL: value }).REDIS_URL, value);
  });

  it('names what is wrong', () => {
    const notUrl = Env.safeParse({ REDIS_URL: 'localhost' });
    assert.match(z.prettifyError(notUrl.error!), /redis:\/\/ URL or a redis\+sentinel:\/\/[\s\S]*REDIS_URL/);
    const noName = Env.safeParse({ REDIS_URL: 'redis+sentinel://h1:26379' });
    assert.match(z.prettifyError(noName.error!), /master name is missing[\s\S]*REDIS_URL/);
  });
});
