import assert from 'node:assert/strict';
import { parseConfig } from '../../config.ts';
import { engineStatus } from './docker-connection.ts';
import { DockerSandbox } from './docker.driver.ts';

/**
 * The docker driver the tests run against: DOCKER_HOST and GRADER_IMAGE as the grader reads them.
 * Where `npm test` prepared an engine and the runner image (EDUSCALE_DOCKER_PREPARED=1), an
 * engine that does not answer is a failure; elsewhere the tests are skipped, saying why
 * (DOCKER_UNAVAILABLE carries the setup's reason when it could not start one).
 */
export async function dockerUnderTest(options: { concurrency: number }): Promise<{ sandbox?: DockerSandbox; skip: string | false }> {
  if (process.env.DOCKER_UNAVAILABLE) return { skip: process.env.DOCKER_UNAVAILABLE };
  const { sandbox } = parseConfig(process.env);
  const driverOptions = { dockerHost: sandbox.dockerHost, image: sandbox.image, concurrency: options.concurrency };
  const engine = await engineStatus({ ...driverOptions, timeoutMs: 10_000 });
  if (process.env.EDUSCALE_DOCKER_PREPARED === '1') {
    assert.ok(engine.ok, `npm test prepared a Docker engine and the runner image, yet: ${engine.ok ? '' : engine.reason}`);
  } else if (!engine.ok) {
    return { skip: engine.reason };
  }
  return { sandbox: new DockerSandbox(driverOptions), skip: false };
}
