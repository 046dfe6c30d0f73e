import { createWriteStream, mkdtempSync, readFileSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../processes/ports.ts';
import { Supervisor } from '../processes/supervisor.ts';
import { startStack, type Stack } from './stack.ts';

export interface ThrowawayStack extends Stack {
  /** Stops everything; the data folder (and its service log) is kept when `keepLogs` is set. */
  finish(options: { keepLogs: boolean }): Promise<void>;
  logFile: string;
}

/**
 * A stack on free ports in a temporary folder, for `npm test` and the browser scripts: its
 * own Postgres, Redis, services and NGINX, logs to a file, stopped on Ctrl-C. Exits the
 * process with the log's tail when the stack cannot start.
 */
export async function startThrowawayStack(options: { name: string; serviceEnv?: NodeJS.ProcessEnv; observability?: boolean }): Promise<ThrowawayStack> {
  const dataDir = mkdtempSync(join(tmpdir(), `eduscale-${options.name}-`));
  chmodSync(dataDir, 0o755); // Postgres runs as its own user and must reach its folder inside.
  const logFile = join(dataDir, 'stack.log');
  const log = createWriteStream(logFile);

  const supervisor = new Supervisor(log);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => void supervisor.stopAll().then(() => process.exit(130)));
  }
  const stack = await startStack({
    supervisor,
    dataDir,
    nginxPort: await freePort(),
    ephemeral: true,
    observability: options.observability,
    serviceEnv: { LOG_LEVEL: 'warn', REGISTRATIONS_PER_IP_PER_HOUR: '100000', LOGINS_PER_IP_PER_15_MIN: '100000', ...options.serviceEnv },
  }).catch((error: Error) => {
    process.stdout.write(readFileSync(logFile, 'utf8').split('\n').slice(-60).join('\n'));
    console.error(`\n[${options.name}] the stack did not start: ${error.message}`);
    process.exit(1);
  });

  return {
    ...stack,
    logFile,
    async finish({ keepLogs }) {
      await stack.stop();
      log.end();
      if (keepLogs) console.log(`[${options.name}] service logs: ${logFile}`);
      else rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
