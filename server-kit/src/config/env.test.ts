import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { addressRanges, envFlag, listenHost, listenPort, parseEnv } from './env.ts';

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
