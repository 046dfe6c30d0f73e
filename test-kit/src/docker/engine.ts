import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Debian's docker.io client, of the same version as its engine (the static client on PATH may be newer). */
export const DOCKER_CLI = existsSync('/usr/bin/docker') ? '/usr/bin/docker' : 'docker';

export interface DockerClient {
  /** DOCKER_HOST of the engine (unix:// socket). */
  dockerHost: string;
  /** Runs the docker client against the engine and returns its stdout; throws with its stderr on failure. */
  docker(args: string[], options?: { input?: string; timeoutMs?: number }): string;
}

export interface DockerEngine extends DockerClient {
  stop(): Promise<void>;
}

/** The docker command line against one engine, with BuildKit (the Dockerfiles' cache mounts need it). */
export function dockerClient(dockerHost: string): DockerClient {
  const docker: DockerClient['docker'] = (args, options = {}) => {
    const result = spawnSync(DOCKER_CLI, args, {
      env: { ...process.env, DOCKER_HOST: dockerHost, DOCKER_BUILDKIT: '1' },
      input: options.input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: options.timeoutMs ?? 20 * 60_000,
    });
    if (result.status !== 0) throw new Error(`docker ${args.slice(0, 3).join(' ')} failed (${result.status ?? result.signal}): ${(result.stderr || result.error?.message || '').slice(-3000)}`);
    return result.stdout;
  };
  return { dockerHost, docker };
}

export type EngineStart = { ok: true; engine: DockerEngine } | { ok: false; reason: string };

/**
 * A private dockerd for the tests: its images and containers under `dataDir` (thrown away with
 * it), no iptables and no bridge (containers get `--network none` or `--network host` only),
 * stopped by stop(). Needs root; otherwise says why.
 */
export async function startDockerEngine(dataDir: string): Promise<EngineStart> {
  if (process.getuid?.() !== 0) return { ok: false, reason: 'a Docker engine needs root, and the tests do not run as root' };
  if (spawnSync('sh', ['-c', 'command -v dockerd'], { stdio: 'ignore' }).status !== 0) return { ok: false, reason: 'dockerd is not installed (Debian package docker.io)' };
  mkdirSync(dataDir, { recursive: true });
  // The socket and runtime state go under a short path: a unix socket's path is limited to 108 bytes.
  const execRoot = mkdtempSync(join(tmpdir(), 'dockerd-'));
  const socket = join(execRoot, 'docker.sock');
  const child = spawn('dockerd', [
    '--iptables=false', '--bridge=none', '--ip-forward=false', '--ip-masq=false',
    '--data-root', join(dataDir, 'data'), '--exec-root', join(execRoot, 'exec'), '--pidfile', join(execRoot, 'dockerd.pid'),
    '--host', `unix://${socket}`, '--containerd-namespace', `eduscale-${process.pid}`, '--containerd-plugins-namespace', `eduscale-${process.pid}-plugins`,
  ], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-4000); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const dockerHost = `unix://${socket}`;
  const { docker } = dockerClient(dockerHost);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(30_000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    // An engine that did not stop cleanly leaves its default network namespace mounted.
    spawnSync('umount', [join(execRoot, 'exec', 'netns', 'default')], { stdio: 'ignore' });
    try {
      rmSync(execRoot, { recursive: true, force: true });
    } catch (error) {
      console.log(`[docker] left ${execRoot} behind: ${(error as Error).message}`);
    }
  };
  for (let attempt = 0; attempt < 120; attempt += 1) {
    if (child.exitCode !== null || child.signalCode !== null) return { ok: false, reason: `dockerd exited at start: ${stderr.trim().split('\n').at(-1) ?? ''}` };
    if (existsSync(socket) && spawnSync(DOCKER_CLI, ['version'], { env: { ...process.env, DOCKER_HOST: dockerHost }, stdio: 'ignore' }).status === 0) {
      return { ok: true, engine: { dockerHost, docker, stop } };
    }
    await sleep(500);
  }
  await stop();
  return { ok: false, reason: 'dockerd did not answer within 60 s' };
}
