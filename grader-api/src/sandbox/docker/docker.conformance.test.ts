import { describe, it } from 'node:test';
import { sandboxConformance } from '../conformance/sandbox.conformance.ts';
import { dockerUnderTest } from './docker-under-test.ts';

const docker = await dockerUnderTest({ concurrency: 2 });

if (docker.sandbox) {
  const { sandbox } = docker;
  sandboxConformance('the docker sandbox', () => sandbox);
} else {
  describe('the docker sandbox', () => {
    it('passes the sandbox conformance suite', { skip: docker.skip }, () => {});
  });
}
