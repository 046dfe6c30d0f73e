import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

// The builds take 3 to 7 minutes beside the other tests; far more is a build that will not end.
const IMAGES_WITHIN_MS = 25 * 60_000;

/**
 * In a test process: waits until `npm test`'s setup has built the project images in its engine
 * (startDockerForTests), and throws with the build's error if it failed. Where the setup started
 * no engine (EDUSCALE_DOCKER_IMAGES unset), there is nothing to wait for.
 */
export async function waitForProjectImages(): Promise<void> {
  const outcomeFile = process.env.EDUSCALE_DOCKER_IMAGES;
  if (!outcomeFile) return;
  const deadline = Date.now() + IMAGES_WITHIN_MS;
  while (!existsSync(outcomeFile)) {
    if (Date.now() > deadline) throw new Error(`the project images were not built within ${IMAGES_WITHIN_MS / 60_000} min`);
    await sleep(1_000);
  }
  const outcome = readFileSync(outcomeFile, 'utf8');
  if (outcome !== 'ok') throw new Error(`npm test's setup could not build the project images: ${outcome}`);
}
