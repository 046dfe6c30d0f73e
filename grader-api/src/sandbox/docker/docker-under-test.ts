import assert from 'node:assert/strict';
import { waitForProjectImages } from '@eduscale/test-kit/docker';
import { parseConfig } from '../../config.ts';
import { engineStatus } from './docker-connection.ts';
import { DockerSandbox } from './docker.driver.ts';

/**
 * The docker driver the tests run against: DOCKER_HOST and GRADER_IMAGE as the grader reads them.
 * Where `npm test` started an engine and builds the images in it (EDUSCALE_DOCKER_IMAGES set),
 * this waits for them, and an image that failed to build or an engine that does not answer is a
 * failure; elsewhere the tests are skipped, saying why (DOCKER_UNAVAILABLE carries the setup's
 * reason when it could not start one).
 */
export async function dockerUnderTest(options: { concurrency: number }): Promise<{ sandbox?: DockerSandbox; skip: string | false }> {
  if (process.env.DOCKER_UNAVAILABLE) return { skip: process.env.DOCKER_UNAVAILABLE };
  await waitForProjectImages();
  const { sandbox } = parseConfig(process.env);
  const driverOptions = { dockerHost: sandbox.dockerHost, image: sandbox.image, concurrency: options.concurrency };
  const engine = await engineStatus({ ...driverOptions, timeoutMs: 10_000 });
  if (process.env.EDUSCALE_DOCKER_IMAGES) {
    assert.ok(engine.ok, `npm test started a Docker engine and built the runner image, yet: ${engine.ok ? '' : engine.reason}`);
  } else if (!engine.ok) {
    return { skip: engine.reason };
  }
  return { sandbox: new DockerSandbox(driverOptions), skip: false };
}
