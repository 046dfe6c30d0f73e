import { startDockerEngine, type DockerEngine } from './engine.ts';
import { buildProjectImage, PROJECT_IMAGES } from './images.ts';
import { buildStandIns } from './stand-ins.ts';

export { DOCKER_CLI, dockerClient, startDockerEngine, type DockerClient, type DockerEngine } from './engine.ts';
export { PROJECT_IMAGES, type ProjectImage } from './images.ts';

export interface DockerForTests {
  /** What the test processes get: the engine and the images, or why there are none. */
  env: Record<string, string>;
  engine: DockerEngine | undefined;
  stop(): Promise<void>;
}

const [RUNNER] = PROJECT_IMAGES;

/**
 * Starts a private Docker engine under `dataDir` and builds every project image from its own
 * Dockerfile on stand-ins for the upstream bases: the runner image (grader-image) for the docker
 * driver's conformance suite and the hostile corpus, the service images for their health checks.
 * Where no engine can start (not root, no dockerd) the tests get the reason and skip; a build
 * that fails is a failure of the run, never a skip.
 */
export async function prepareDockerForTests(dataDir: string, log: (line: string) => void): Promise<DockerForTests> {
  const started = await startDockerEngine(dataDir);
  if (!started.ok) {
    log(`[docker] no engine: ${started.reason}; the docker driver's tests are skipped`);
    return { env: { DOCKER_UNAVAILABLE: started.reason }, engine: undefined, stop: async () => {} };
  }
  const { engine } = started;
  try {
    const t0 = performance.now();
    const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(0)} s`;
    const bases = await buildStandIns(engine, log);
    log(`[docker] base stand-ins in ${elapsed()}`);
    for (const image of PROJECT_IMAGES) {
      await buildProjectImage(engine, image, bases);
      log(`[docker] ${image.tag} built at ${elapsed()}`);
    }
  } catch (error) {
    await engine.stop();
    throw error;
  }
  return {
    env: { DOCKER_HOST: engine.dockerHost, GRADER_IMAGE: RUNNER.tag, EDUSCALE_DOCKER_PREPARED: '1' },
    engine,
    stop: () => engine.stop(),
  };
}
