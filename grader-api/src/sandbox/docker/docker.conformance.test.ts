import { describe, it } from 'node:test';
import { parseConfig } from '../../config.ts';
import { sandboxConformance } from '../conformance/sandbox.conformance.ts';
import { engineStatus } from './docker-connection.ts';
import { DockerSandbox } from './docker.driver.ts';

// DOCKER_HOST and GRADER_IMAGE as the grader itself reads them.
const { sandbox } = parseConfig(process.env);
const options = { dockerHost: sandbox.dockerHost, image: sandbox.image, concurrency: 2 };
const engine = await engineStatus({ ...options, timeoutMs: 2000 });

if (engine.ok) {
  sandboxConformance('the docker sandbox', () => new DockerSandbox(options));
} else {
  describe('the docker sandbox', () => {
    it('passes the sandbox conformance suite', { skip: engine.reason }, () => {});
  });
}
