import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statfsSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { networkInterfaces } from 'node:os';
import { fileURLToPath } from 'node:url';

/** What a sandboxed program must never see or touch, observed from the host's side. */

export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url)).replace(/\/$/, '');

export function randomName(prefix: string): string {
  return `${prefix}${randomBytes(5).toString('hex')}`;
}

export interface HostListeners {
  port: number;
  /** A unix socket name in the abstract namespace: no file, so no mount can hide it. */
  abstractName: string;
  /** The host's own non-loopback IPv4 addresses (the TCP server listens on them too). */
  addresses: string[];
  connections(): number;
  close(): Promise<void>;
}

/** A TCP server on every host address and an abstract unix socket, counting who reaches them. */
export async function listenOnHost(): Promise<HostListeners> {
  let connections = 0;
  const accept = (socket: Socket) => {
    connections++;
    socket.destroy();
  };
  const tcp = createServer(accept);
  const unix = createServer(accept);
  const abstractName = randomName('eduscale-conformance-');
  await Promise.all([listen(tcp, { host: '0.0.0.0', port: 0 }), listen(unix, { path: `\0${abstractName}` })]);
  const address = tcp.address();
  if (address === null || typeof address === 'string') throw new Error('the TCP server has no port');
  const addresses = Object.values(networkInterfaces())
    .flatMap((infos) => infos ?? [])
    .filter((info) => info.family === 'IPv4' && !info.internal)
    .map((info) => info.address);
  return {
    port: address.port,
    abstractName,
    addresses,
    connections: () => connections,
    close: async () => {
      await Promise.all([tcp, unix].map((server) => new Promise((resolve) => server.close(resolve))));
    },
  };
}

function listen(server: Server, options: { host: string; port: number } | { path: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options, resolve);
  });
}

/** Host processes whose name (comm) is this: survivors of a run that named its processes. */
export function hostProcessesNamed(name: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === name) pids.push(Number(entry));
    } catch {
      // exited while we looked
    }
  }
  return pids;
}

/** Polls until no host process carries the name, or the grace period ends; returns the survivors. */
export async function survivorsNamed(name: string, graceMs = 500): Promise<number[]> {
  const deadline = performance.now() + graceMs;
  let pids = hostProcessesNamed(name);
  while (pids.length > 0 && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    pids = hostProcessesNamed(name);
  }
  return pids;
}

/** A digest of a host file, or undefined when the file is not readable (say, /etc/shadow when not root). */
export function digest(path: string): string | undefined {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch {
    return undefined;
  }
}

/** The first line of a host file, or undefined when it is not readable. */
export function firstLine(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').split('\n')[0] || undefined;
  } catch {
    return undefined;
  }
}

/** Samples a filesystem's free space until stopped; returns the largest drop seen, in bytes. */
export function watchFreeSpace(path: string, everyMs = 20): { stop(): number } {
  const free = () => {
    const stats = statfsSync(path);
    return stats.bavail * stats.bsize;
  };
  const before = free();
  let lowest = before;
  const timer = setInterval(() => {
    lowest = Math.min(lowest, free());
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return before - Math.min(lowest, free());
    },
  };
}
