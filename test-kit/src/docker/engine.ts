import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { runCommand, type CommandOptions } from './command.ts';

/** Debian's docker.io client, of the same version as its engine (the static client on PATH may be newer). */
export const DOCKER_CLI = existsSync('/usr/bin/docker') ? '/usr/bin/docker' : 'docker';
const DEFAULT_TIMEOUT_MS = 20 * 60_000;

export interface DockerClient {
  /** DOCKER_HOST of the engine (unix:// socket). */
  dockerHost: string;
  /**
   * Runs the docker client against the engine and resolves with its stdout; rejects with the end of
   * its output on failure, or as CommandStalled past the watchdog's limits (see runCommand).
   */
  docker(args: string[], options?: Omit<CommandOptions, 'env'>): Promise<string>;
}

export interface DockerEngine extends DockerClient {
  /** The daemon's own log (its stderr). */
  logFile: string;
  stop(): Promise<void>;
}

/** The docker command line against one engine, with BuildKit (the Dockerfiles' cache mounts need it). */
export function dockerClient(dockerHost: string): DockerClient {
  const env = { ...process.env, DOCKER_HOST: dockerHost, DOCKER_BUILDKIT: '1' };
  const docker: DockerClient['docker'] = (args, options = {}) => runCommand(DOCKER_CLI, args, { timeoutMs: DEFAULT_TIMEOUT_MS, ...options, env });
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
  const exec = join(execRoot, 'exec');
  // The daemon logs to a file, never to a pipe: a pipe nobody reads for a while (the parent busy
  // in a synchronous call) fills, and every daemon thread that logs then blocks for good; builds
  // and RUN steps hung that way.
  const logFile = join(dataDir, 'dockerd.log');
  const log = openSync(logFile, 'a');
  const child = spawn('dockerd', [
    '--iptables=false', '--bridge=none', '--ip-forward=false', '--ip-masq=false',
    '--data-root', join(dataDir, 'data'), '--exec-root', exec, '--pidfile', join(execRoot, 'dockerd.pid'),
    '--host', `unix://${socket}`, '--containerd-namespace', `eduscale-${process.pid}`, '--containerd-plugins-namespace', `eduscale-${process.pid}-plugins`,
  ], { stdio: ['ignore', 'ignore', log], detached: true });
  closeSync(log);
  // Detached, it would outlive a run ended early (Ctrl-C, a crash): it is told to stop on the way out.
  const stopOnExit = () => child.kill('SIGTERM');
  process.once('exit', stopOnExit);
  const client = dockerClient(`unix://${socket}`);
  const stop = async () => {
    process.off('exit', stopOnExit);
    await stopDaemon(child, exec);
    try {
      rmSync(execRoot, { recursive: true, force: true });
    } catch (error) {
      console.log(`[docker] left ${execRoot} behind: ${(error as Error).message}`);
    }
  };
  const lastLogLine = () => readFileSync(logFile, 'utf8').trim().split('\n').at(-1) ?? '';
  for (let attempt = 0; attempt < 120; attempt += 1) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      return { ok: false, reason: `dockerd exited at start: ${lastLogLine()}` };
    }
    if (existsSync(socket) && (await answers(client))) return { ok: true, engine: { ...client, logFile, stop } };
    await sleep(500);
  }
  await stop();
  return { ok: false, reason: `dockerd did not answer within 60 s: ${lastLogLine()}` };
}

async function answers(client: DockerClient): Promise<boolean> {
  try {
    await client.docker(['version'], { timeoutMs: 10_000 });
    return true;
  } catch {
    return false;
  }
}

async function stopDaemon(child: ChildProcess, exec: string): Promise<void> {
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(30_000)]);
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await exited;
  }
  // An engine that did not stop cleanly leaves its default network namespace mounted.
  spawnSync('umount', [join(exec, 'netns', 'default')], { stdio: 'ignore' });
}
