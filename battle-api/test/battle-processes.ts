/** battle-api as real processes, started as the launcher starts them (`src/main.ts`), for tests that kill one or check how it listens. */
import { join } from 'node:path';
import { httpClient, type HttpClient } from '@eduscale/test-kit/http';
import { REPO_ROOT } from '@eduscale/test-kit/paths';
import { failOnExit, freePort, waitForPort, type Supervisor } from '@eduscale/test-kit/processes';

/** One battle-api instance as a rig sees it. */
export interface Instance {
  /** Where its sockets connect. */
  url: string;
  client: HttpClient;
  /** SIGKILLs it (a process only). */
  kill?(): Promise<void>;
  close(): Promise<void>;
}

export async function startProcesses(supervisor: Supervisor, count: number, env: Record<string, string>): Promise<Instance[]> {
  const ports = await Promise.all(Array.from({ length: count }, () => freePort()));
  const children = ports.map((port, i) =>
    supervisor.start({
      name: `battle-api-${i + 1}`,
      command: process.execPath,
      args: ['src/main.ts'],
      cwd: join(REPO_ROOT, 'battle-api'),
      env: { PATH: process.env.PATH, PORT: String(port), LOG_LEVEL: 'warn', ...env },
    }),
  );
  await Promise.all(ports.map((port, i) => Promise.race([waitForPort(port), failOnExit(children[i]!, `battle-api-${i + 1}`)])));
  return ports.map((port, i) => {
    const url = `http://127.0.0.1:${port}`;
    const child = children[i]!;
    return {
      url,
      client: httpClient((path, init) => fetch(`${url}${path}`, init)),
      async kill() {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        await exited;
      },
      close: async () => {}, // the supervisor stops them
    };
  });
}
