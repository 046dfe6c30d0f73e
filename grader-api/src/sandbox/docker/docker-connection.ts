import Dockerode from 'dockerode';
import { SandboxFault } from '../sandbox.ts';

const DEFAULT_SOCKET = '/var/run/docker.sock';

/**
 * dockerode options for a DOCKER_HOST value (unix:// or tcp://; unset means the default socket).
 * Every connection key is set, because docker-modem fills unset ones from process.env itself.
 */
export function dockerOptions(dockerHost: string | undefined): Dockerode.DockerOptions {
  if (!dockerHost || dockerHost.startsWith('unix://')) {
    return { socketPath: dockerHost?.slice('unix://'.length) || DEFAULT_SOCKET, host: undefined, port: undefined, protocol: undefined };
  }
  const url = new URL(dockerHost.includes('://') ? dockerHost : `tcp://${dockerHost}`);
  if (url.protocol !== 'tcp:' && url.protocol !== 'http:') {
    throw new SandboxFault(`DOCKER_HOST ${dockerHost}: only unix:// and tcp:// (a socket proxy) are supported`);
  }
  return { socketPath: undefined, host: url.hostname, port: Number(url.port || 2375), protocol: 'http' };
}

export type EngineStatus = { ok: true } | { ok: false; reason: string };

/** Whether the engine answers within timeoutMs and holds the runner image. */
export async function engineStatus(options: { dockerHost?: string | undefined; image: string; timeoutMs?: number }): Promise<EngineStatus> {
  const where = options.dockerHost ?? `unix://${DEFAULT_SOCKET}`;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<EngineStatus>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: `no Docker engine answered at ${where} within ${options.timeoutMs ?? 1000} ms` }), options.timeoutMs ?? 1000);
  });
  const probe = async (): Promise<EngineStatus> => {
    const docker = new Dockerode(dockerOptions(options.dockerHost));
    try {
      await docker.ping();
    } catch (error) {
      return { ok: false, reason: `no Docker engine answers at ${where} (${(error as Error).message})` };
    }
    try {
      await docker.getImage(options.image).inspect();
    } catch {
      return { ok: false, reason: `the engine at ${where} has no image ${options.image} (docker build -t ${options.image} grader-image)` };
    }
    return { ok: true };
  };
  try {
    return await Promise.race([probe(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
