/**
 * `npm start`: installs what is missing, brings the whole local stack up, prints its URL,
 * and stops all of it on Ctrl-C or SIGTERM.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { ensureFlyway, ensurePythonTools, ensureSystemPackages } from '@eduscale/test-kit/install';
import { REPO_ROOT } from '@eduscale/test-kit/paths';
import { Supervisor } from '@eduscale/test-kit/processes';
import { NGINX_PORT, passedThrough, startStack } from '@eduscale/test-kit/stack';

const Env = z.object({
  EDUSCALE_DATA_DIR: z.string().default(join(REPO_ROOT, '.data')),
  NGINX_PORT: z.coerce.number().int().min(1).max(65535).default(NGINX_PORT),
  DATABASE_URL: z.url().optional(),
  REDIS_URL: z.url().optional(),
  EDUSCALE_FREE_PORTS: z.enum(['true', 'false']).default('false'),
  /** Also run Prometheus and the exporters (docs/OPERATIONS.md, "Monitoring"). */
  OBSERVABILITY: z.enum(['0', '1']).default('0'),
});

const env = Env.safeParse(process.env);
if (!env.success) {
  console.error(`invalid environment:\n${z.prettifyError(env.error)}`);
  process.exit(1);
}

const startedAt = performance.now();
ensureSystemPackages();
ensureFlyway();
ensurePythonTools();

const supervisor = new Supervisor();
let shuttingDown = false;
async function shutdown(code: number): Promise<never> {
  if (!shuttingDown) {
    shuttingDown = true;
    console.log('\n[eduscale] stopping…');
    await supervisor.stopAll();
    console.log('[eduscale] stopped');
  }
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(0));

const stack = await startStack({
  supervisor,
  dataDir: env.data.EDUSCALE_DATA_DIR,
  nginxPort: env.data.NGINX_PORT,
  ephemeral: false,
  freePorts: env.data.EDUSCALE_FREE_PORTS === 'true',
  databaseUrl: env.data.DATABASE_URL,
  redisUrl: env.data.REDIS_URL,
  observability: env.data.OBSERVABILITY === '1',
  serviceEnv: passedThrough(process.env),
}).catch(async (error: Error) => {
  console.error(`[eduscale] failed to start: ${error.message}`);
  return shutdown(1);
});
supervisor.onUnexpectedExit = (name, code, signal) => {
  console.error(`[eduscale] ${name} exited unexpectedly (${signal ?? code}); stopping the stack`);
  void shutdown(1);
};
const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
console.log(`\n[eduscale] ready in ${seconds} s: ${stack.url}\n`);
