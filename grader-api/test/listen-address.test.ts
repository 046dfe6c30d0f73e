import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { signUp } from '@eduscale/test-kit/edge';
import { listeningAddresses } from '@eduscale/test-kit/processes';
import { findGraders } from './grader-fleet.ts';

describe('the graders in the local stack', () => {
  it('listen on loopback only, so /run is reached through NGINX (signed in) or from this machine', async () => {
    const graders = await findGraders((await signUp('listener')).cookie);
    assert.ok(graders.length >= 2, 'the stack runs two graders');
    for (const { url } of graders) {
      const port = Number(new URL(url).port);
      const addresses = listeningAddresses(port);
      assert.ok(addresses.length > 0, `nothing listens on ${port}`);
      assert.deepEqual(addresses.filter((address) => address !== '127.0.0.1' && address !== '::1'), [], `port ${port} listens on ${addresses.join(', ')}`);
    }
  });
});
