import type { Config } from '../config.ts';
import { BubblewrapSandbox } from './bubblewrap/bubblewrap.driver.ts';
import type { Sandbox } from './sandbox.ts';

export async function createSandbox(config: Config): Promise<Sandbox> {
  const { sandbox } = config;
  if (sandbox.driver === 'docker') {
    // Loaded only in compose deployments, where the engine is reachable through the socket proxy.
    const { DockerSandbox } = await import('./docker/docker.driver.ts');
    return new DockerSandbox({ dockerHost: sandbox.dockerHost, image: sandbox.image, concurrency: config.concurrency, sandboxesPerUser: sandbox.sandboxesPerUser });
  }
  return new BubblewrapSandbox({ workDir: sandbox.workDir, cacheDir: sandbox.cacheDir, concurrency: config.concurrency, sandboxesPerUser: sandbox.sandboxesPerUser });
}
