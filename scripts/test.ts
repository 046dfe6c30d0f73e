/**
 * `npm test`: installs what the tests need, starts a throwaway stack (its own Postgres, Redis,
 * services and NGINX on free ports, in a temporary folder), runs every test file with node's
 * test runner against it, and tears it all down.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, globSync, mkdtempSync, readFileSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { migrate } from './stack/flyway.ts';
import { ensureFlyway, ensureSystemPackages } from './stack/install.ts';
import { REPO_ROOT } from './stack/paths.ts';
import { freePort } from './stack/ports.ts';
import { startStack } from './stack/stack.ts';
import { Supervisor } from './stack/supervisor.ts';

// `npm test -- some.test.ts` runs just those files against the same throwaway stack.
const requested = process.argv.slice(2);
const TEST_FILES = requested.length > 0 ? requested : ['contracts', 'programming-api', 'grader-api', 'scripts'].flatMap((dir) =>
  globSync(`${dir}/**/*.test.ts`, { cwd: REPO_ROOT, exclude: (name) => name === 'node_modules' || name === 'dist' }),
);

const startedAt = performance.now();
ensureSystemPackages();
ensureFlyway();

const dataDir = mkdtempSync(join(tmpdir(), 'eduscale-test-'));
chmodSync(dataDir, 0o755); // Postgres runs as its own user and must reach its folder inside.
const logFile = join(dataDir, 'stack.log');
const log = createWriteStream(logFile);

let exitCode = 1;
const supervisor = new Supervisor(log);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void supervisor.stopAll().then(() => process.exit(130)));
}
const stack = await startStack({
  supervisor,
  dataDir,
  nginxPort: await freePort(),
  ephemeral: true,
  serviceEnv: { LOG_LEVEL: 'warn', REGISTRATIONS_PER_IP_PER_HOUR: '100000', LOGINS_PER_IP_PER_15_MIN: '100000' },
}).catch((error: Error) => {
  process.stdout.write(readFileSync(logFile, 'utf8').split('\n').slice(-60).join('\n'));
  console.error(`\n[test] the stack did not start: ${error.message}`);
  process.exit(1);
});

try {
  const templateUrl = await createTemplateDatabase(stack.databaseUrl);
  console.log(`[test] stack up in ${((performance.now() - startedAt) / 1000).toFixed(1)} s at ${stack.url}; ${TEST_FILES.length} test files`);
  exitCode = await runTests({
    EDUSCALE_URL: stack.url,
    API_URL: stack.serviceUrl('programming-api'),
    DATABASE_URL: stack.databaseUrl,
    TEMPLATE_DATABASE_URL: templateUrl,
    REDIS_URL: stack.redisUrl,
  });
} finally {
  await stack.stop();
  log.end();
  if (exitCode !== 0) console.log(`[test] service logs: ${logFile}`);
  else rmSync(dataDir, { recursive: true, force: true });
}
console.log(`[test] done in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
process.exit(exitCode);

/**
 * A migrated, never-connected database that tests clone (CREATE DATABASE … TEMPLATE) when
 * they need a database of their own, e.g. to seed a different catalogue.
 */
async function createTemplateDatabase(databaseUrl: string): Promise<string> {
  const admin = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe('create database eduscale_template');
  await admin.end();
  const url = new URL(databaseUrl);
  url.pathname = '/eduscale_template';
  await migrate(stack.supervisor, url.toString());
  return url.toString();
}

function runTests(env: NodeJS.ProcessEnv): Promise<number> {
  const args = ['--test', '--test-reporter=spec', '--test-concurrency=2', ...TEST_FILES];
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}
