import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { requireEnv } from '@eduscale/test-kit/env';
import { listeningAddresses } from '@eduscale/test-kit/processes';

describe('programming-api in the local stack', () => {
  it('listens on loopback only, so a caller on the network must come through NGINX', () => {
    const ports = requireEnv('API_URLS').split(' ').map((url) => Number(new URL(url).port));
    assert.ok(ports.length >= 2, 'the stack runs two API processes');
    for (const port of ports) {
      const addresses = listeningAddresses(port);
      assert.ok(addresses.length > 0, `nothing listens on ${port}`);
      assert.deepEqual(addresses.filter((address) => address !== '127.0.0.1' && address !== '::1'), [], `port ${port} listens on ${addresses.join(', ')}`);
    }
  });
});
