/**
 * `npm test`: installs what the tests need, starts a throwaway stack (its own Postgres, Redis,
 * services and NGINX on free ports, in a temporary folder), runs every test file with node's
 * test runner against it, then the browser tests (Playwright, e2e-playwright/), and tears it
 * all down.
 */
import { spawn } from 'node:child_process';
import { globSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { runPlaywright } from '@eduscale/test-kit/browser';
import { migrate } from '@eduscale/test-kit/databases';
import { startDockerForTests } from '@eduscale/test-kit/docker';
import { ensureFlyway, ensurePythonTools, ensureSystemPackages } from '@eduscale/test-kit/install';
import { REPO_ROOT } from '@eduscale/test-kit/paths';
import { startThrowawayStack, type ThrowawayStack } from '@eduscale/test-kit/stack';

// `npm test -- some.test.ts` runs just those files against the same throwaway stack;
// `npm test -- e2e-playwright/tests/x.spec.ts` runs just those browser tests.
const requested = process.argv.slice(2);
const requestedSpecs = requested.filter((file) => file.startsWith('e2e-playwright/'));
const requestedTests = requested.filter((file) => !requestedSpecs.includes(file));
const ALL_TEST_FILES = requested.length > 0 ? requestedTests : ['contracts', 'server-kit', 'test-kit', 'programming-api', 'programming-ui', 'grader-api', 'battle-api', 'scripts', 'charts', 'observability'].flatMap((dir) =>
  globSync(`${dir}/**/*.test.ts`, { cwd: REPO_ROOT, exclude: (name) => name === 'node_modules' || name === 'dist' }),
);
// The files that need the Docker engine's images go last: the images build meanwhile.
const needsDockerImages = (file: string) => /(^|\/)(docker\.conformance|hostile-corpus\.docker|images)\.test\.ts$/.test(file);
const TEST_FILES = [...ALL_TEST_FILES.filter((file) => !needsDockerImages(file)), ...ALL_TEST_FILES.filter(needsDockerImages)];
const RUN_BROWSER_TESTS = requested.length === 0 || requestedSpecs.length > 0;
// The docker driver's tests and the images' need a private engine and every image built (3 to 7
// minutes, while the other tests run); EDUSCALE_DOCKER_TESTS=0 leaves them out, saying so.
const DOCKER_OPT_OUT = 'EDUSCALE_DOCKER_TESTS';
const RUN_DOCKER_TESTS = process.env[DOCKER_OPT_OUT] !== '0' && TEST_FILES.some(needsDockerImages);
const DOCKER_SKIPPED = { DOCKER_UNAVAILABLE: `${DOCKER_OPT_OUT}=0: the docker driver's and the images' tests are left out` };

const startedAt = performance.now();
const seconds = () => ((performance.now() - startedAt) / 1000).toFixed(1);
ensureSystemPackages(RUN_BROWSER_TESTS ? ['chromium'] : []);
ensureFlyway();
ensurePythonTools();

let exitCode = 1;
const dockerDir = RUN_DOCKER_TESTS ? mkdtempSync(join(tmpdir(), 'eduscale-docker-')) : undefined;
// The engine starts beside the stack; both settle before either is used, so a failure of one
// never leaves the other running.
const [stackStart, dockerStart] = await Promise.allSettled([
  startThrowawayStack({ name: 'test' }),
  dockerDir ? startDockerForTests(dockerDir, (line) => console.log(line)) : undefined,
]);
const fulfilled = <T>(result: PromiseSettledResult<T>) => (result.status === 'fulfilled' ? result.value : undefined);
// The engine and its data (several GB) go once the node tests are done, beside the browser tests.
let dockerRemoved: Promise<void> | undefined;
const removeDocker = () => (dockerRemoved ??= (async () => {
  await fulfilled(dockerStart)?.stop();
  if (dockerDir) await rm(dockerDir, { recursive: true, force: true }).catch((error: unknown) => console.log(`[test] left ${dockerDir} behind: ${(error as Error).message}`));
})());

try {
  if (stackStart.status === 'rejected') throw stackStart.reason;
  if (dockerStart.status === 'rejected') throw dockerStart.reason;
  const [stack, docker] = [stackStart.value, dockerStart.value];
  const templateUrl = await createTemplateDatabase(stack);
  console.log(`[test] stack${docker ? ' and docker engine' : ''} up in ${seconds()} s at ${stack.url}; ${TEST_FILES.length} test files`);
  exitCode = TEST_FILES.length === 0 ? 0 : await runTests({
    EDUSCALE_URL: stack.url,
    API_URL: stack.serviceUrl('programming-api'),
    API_URLS: stack.serviceUrls('programming-api').join(' '),
    DATABASE_URL: stack.databaseUrl,
    TEMPLATE_DATABASE_URL: templateUrl,
    REDIS_URL: stack.redisUrl,
    ...(docker?.env ?? DOCKER_SKIPPED),
  });
  void removeDocker();
  if (RUN_BROWSER_TESTS) {
    console.log(`[test] browser tests (Playwright, Chromium) at ${seconds()} s`);
    const browserCode = await runPlaywright({ project: 'e2e', url: stack.url, files: requestedSpecs });
    exitCode = exitCode || browserCode;
  }
} finally {
  await fulfilled(stackStart)?.finish({ keepLogs: exitCode !== 0 });
  await removeDocker();
}
console.log(`[test] done in ${seconds()} s`);
process.exit(exitCode);

/**
 * A migrated, never-connected database that tests clone (CREATE DATABASE … TEMPLATE) when
 * they need a database of their own, e.g. to seed a different catalogue.
 */
async function createTemplateDatabase(stack: ThrowawayStack): Promise<string> {
  const admin = postgres(stack.databaseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe('create database eduscale_template');
  await admin.end();
  const url = new URL(stack.databaseUrl);
  url.pathname = '/eduscale_template';
  await migrate(stack.supervisor, url.toString());
  return url.toString();
}

function runTests(env: NodeJS.ProcessEnv): Promise<number> {
  // --test-force-exit: a test file whose tests have all ended is ended too, even if a client it
  // made still retries (submission-faults once stayed alive after passing; cause not yet found).
  const args = ['--test', '--test-reporter=spec', '--test-concurrency=2', '--test-force-exit', ...TEST_FILES];
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}
