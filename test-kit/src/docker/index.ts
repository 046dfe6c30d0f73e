import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDockerEngine } from './engine.ts';
import { buildProjectImage, PROJECT_IMAGES } from './images.ts';
import { buildStandIns } from './stand-ins.ts';

export { DOCKER_CLI, dockerClient, startDockerEngine, type DockerClient, type DockerEngine } from './engine.ts';
export { PROJECT_IMAGES, type ProjectImage } from './images.ts';
export { waitForProjectImages } from './images-ready.ts';

export interface DockerForTests {
  /** What the test processes get: the engine, the runner image and where to learn the images are built; or why there is none. */
  env: Record<string, string>;
  /** Stops the engine (and with it any build still running). */
  stop(): Promise<void>;
}

const [RUNNER] = PROJECT_IMAGES;

/**
 * Starts a private Docker engine under `dataDir`, then builds every project image from its own
 * Dockerfile on stand-ins for the upstream bases, in the background: the runner image
 * (grader-image) for the docker driver's conformance suite and the hostile corpus, the service
 * images for their health checks. The tests that need them wait for the outcome
 * (waitForProjectImages), so every other test runs meanwhile. Where no engine can start (not
 * root, no dockerd) the tests get the reason and skip; a build that fails fails those tests,
 * never skips them.
 */
export async function startDockerForTests(dataDir: string, log: (line: string) => void): Promise<DockerForTests> {
  const started = await startDockerEngine(dataDir);
  if (!started.ok) {
    log(`[docker] no engine: ${started.reason}; the docker driver's tests are skipped`);
    return { env: { DOCKER_UNAVAILABLE: started.reason }, stop: async () => {} };
  }
  const { engine } = started;
  const outcomeFile = join(dataDir, 'images-built');
  const t0 = performance.now();
  const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(0)} s`;
  const building = (async () => {
    const bases = await buildStandIns(engine, log);
    log(`[docker] base stand-ins in ${elapsed()}`);
    // Side by side: one waits on the network (apt, npm) while another compiles.
    await Promise.all(PROJECT_IMAGES.map(async (image) => {
      await buildProjectImage(engine, image, bases);
      log(`[docker] ${image.tag} built at ${elapsed()}`);
    }));
  })().then(
    () => writeOutcome(outcomeFile, 'ok'),
    (error: unknown) => {
      log(`[docker] building the images failed at ${elapsed()}: ${(error as Error).message}`);
      writeOutcome(outcomeFile, (error as Error).message || 'failed');
    },
  );
  return {
    env: { DOCKER_HOST: engine.dockerHost, GRADER_IMAGE: RUNNER.tag, EDUSCALE_DOCKER_IMAGES: outcomeFile },
    async stop() {
      await engine.stop();
      await building;
    },
  };
}

/** Whole or not at all: a test polling for the file never reads half of it. */
function writeOutcome(file: string, outcome: string): void {
  writeFileSync(`${file}.partial`, outcome);
  renameSync(`${file}.partial`, file);
}
