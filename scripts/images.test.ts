/**
 * Every service image, which `npm test` built from its own Dockerfile on the stand-in bases in
 * the engine it started (test-kit/src/docker/), starts with --network host against the test
 * stack's Postgres and Redis and answers its health check as its HEALTHCHECK asks it.
 * Skipped, saying why, where no engine could start.
 */
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { dockerClient, PROJECT_IMAGES, waitForProjectImages, type ProjectImage } from '@eduscale/test-kit/docker';
import { freePort } from '@eduscale/test-kit/processes';

const skip = process.env.EDUSCALE_DOCKER_IMAGES ? false : (process.env.DOCKER_UNAVAILABLE ?? 'npm test started no Docker engine');
const SERVICES = PROJECT_IMAGES.filter((image) => image.healthPath !== undefined);
const HEALTHY_WITHIN_MS = 120_000;

function serviceEnv(image: ProjectImage, port: number): Record<string, string> {
  const env: Record<string, string> = {
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: process.env.DATABASE_URL ?? '',
    REDIS_URL: process.env.REDIS_URL ?? '',
    PUBLIC_ORIGIN: process.env.EDUSCALE_URL ?? '',
    TRUST_PROXY: 'true',
    API_INTERNAL_URL: process.env.API_URL ?? '',
  };
  // The grader's runner containers go to the same engine, as compose's socket proxy gives it one.
  if (image.name === 'grader-api') Object.assign(env, { SANDBOX_DRIVER: 'docker', GRADER_IMAGE: process.env.GRADER_IMAGE ?? '', DOCKER_HOST: 'unix:///run/engine/docker.sock' });
  return env;
}

async function healthOf(url: string): Promise<number | string> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(5_000) })).status;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('the service images', { skip, concurrency: 1 }, () => {
  const engine = dockerClient(process.env.DOCKER_HOST ?? '');
  before(() => waitForProjectImages(), { timeout: 30 * 60_000 });
  const containerState = async (id: string) =>
    JSON.parse(await engine.docker(['inspect', '--format', '{{json .State}}', id])) as { Running: boolean; Health?: { Status: string; Log?: unknown[] } };
  for (const image of SERVICES) {
    it(`${image.name}, built from its Dockerfile, starts with --network host and answers ${image.healthPath}`, { timeout: 600_000 }, async () => {
      const built = JSON.parse(await engine.docker(['image', 'inspect', '--format', '{{json .Config.Healthcheck}}', image.tag])) as { Test?: string[] } | null;
      assert.ok(built?.Test?.length, `${image.tag} declares a HEALTHCHECK`);
      const port = await freePort();
      const env = Object.entries(serviceEnv(image, port)).flatMap(([name, value]) => ['--env', `${name}=${value}`]);
      const socket = (process.env.DOCKER_HOST ?? '').replace(/^unix:\/\//, '');
      // The node user reaches the socket through its group, as it would a socket proxy's port.
      const mounts = image.name === 'grader-api' ? ['--volume', `${socket}:/run/engine/docker.sock`, '--group-add', String(statSync(socket).gid)] : [];
      const id = (await engine.docker(['run', '--detach', '--network', 'host', ...mounts, ...env, image.tag])).trim();
      try {
        const url = `http://127.0.0.1:${port}${image.healthPath}`;
        const deadline = Date.now() + HEALTHY_WITHIN_MS;
        let last: number | string = 'not asked yet';
        while (Date.now() < deadline && last !== 200) {
          last = await healthOf(url);
          if (last !== 200) await sleep(1_000);
        }
        assert.equal(last, 200, `${image.name} at ${url}: ${last}\n${(await engine.docker(['logs', '--tail', '40', id])).slice(-3000)}`);
        // The image's own HEALTHCHECK, run inside the container by the engine, says so too.
        let state = await containerState(id);
        while (Date.now() < deadline && state.Running && state.Health?.Status !== 'healthy') {
          await sleep(1_000);
          state = await containerState(id);
        }
        assert.equal(state.Running, true);
        assert.equal(state.Health?.Status, 'healthy', JSON.stringify(state.Health?.Log?.at(-1) ?? state.Health));
      } finally {
        await engine.docker(['rm', '--force', id]);
      }
    });
  }
});
