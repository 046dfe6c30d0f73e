import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { addressRanges, envFlag, listenHost, listenPort, parseEnv, redisLocation, serviceConfig, serviceEnv } from './env.ts';

const Env = z.object({ PORT: listenPort(4000), HOST: listenHost, FLAG: envFlag.default(false), PROXIES: addressRanges.default([]) });

describe('parseEnv', () => {
  it('gives the defaults for an empty environment', () => {
    assert.deepEqual(parseEnv(Env, {}), { PORT: 4000, HOST: '127.0.0.1', FLAG: false, PROXIES: [] });
  });

  it('reads address lists and CIDR ranges', () => {
    assert.deepEqual(parseEnv(Env, { PROXIES: '10.0.0.0/8, ::1,' }).PROXIES, ['10.0.0.0/8', '::1']);
  });

  it('lists every bad variable at once', () => {
    assert.throws(
      () => parseEnv(Env, { PORT: 'eighty', HOST: 'localhost', FLAG: 'yes', PROXIES: 'nginx' }),
      (error: Error) => ['invalid configuration', 'PORT', 'HOST', 'FLAG', 'PROXIES'].every((word) => error.message.includes(word)),
    );
  });
});

describe('serviceEnv', () => {
  const required = { DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db', REDIS_URL: 'redis://127.0.0.1:6379' };

  it('gives the wiring every service shares, the public origin reduced to an origin', () => {
    const config = serviceConfig(parseEnv(serviceEnv(4200), { ...required, PUBLIC_ORIGIN: 'https://eduscale.example/path' }));
    assert.deepEqual({ ...config, trustedProxies: [...config.trustedProxies] }, {
      port: 4200,
      host: '127.0.0.1',
      databaseUrl: required.DATABASE_URL,
      redisUrl: required.REDIS_URL,
      logLevel: 'info',
      publicOrigin: 'https://eduscale.example',
      trustProxy: false,
      trustedProxies: ['127.0.0.0/8', '::1'],
    });
  });

  it('requires the database and Redis URLs', () => {
    assert.throws(() => parseEnv(serviceEnv(4000), {}), (error: Error) => error.message.includes('DATABASE_URL') && error.message.includes('REDIS_URL'));
  });

  it('takes a Sentinel set as REDIS_URL', () => {
    const location = 'redis+sentinel://:pw@10.0.0.1:26379,10.0.0.2:26379,10.0.0.3/eduscale?db=1';
    assert.equal(serviceConfig(parseEnv(serviceEnv(4000), { ...required, REDIS_URL: location })).redisUrl, location);
  });

  it('names what is wrong with a bad REDIS_URL', () => {
    assert.throws(() => parseEnv(serviceEnv(4000), { ...required, REDIS_URL: 'redis+sentinel://10.0.0.1:26379' }), (error: Error) => error.message.includes('REDIS_URL') && error.message.includes('master name'));
    assert.throws(() => parseEnv(serviceEnv(4000), { ...required, REDIS_URL: 'redis+sentinel://10.0.0.1:99999/eduscale' }), (error: Error) => error.message.includes('port outside'));
    assert.equal(redisLocation.safeParse('not a url').success, false);
  });
});
