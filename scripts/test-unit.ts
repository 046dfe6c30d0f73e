/**
 * `npm run test:unit [-- <workspace>...]`: the `*.test.ts` files under every workspace's `src/`
 * (or only the named workspaces'), with no stack. The variables `npm test` sets for its stack
 * are removed first, so a unit test that still needs Postgres, Redis, NGINX or a grader fails
 * here instead of passing only where they happen to be set.
 */
import { spawn } from 'node:child_process';
import { globSync } from 'node:fs';
import { ensurePythonTools } from '@eduscale/test-kit/install';
import { REPO_ROOT } from '@eduscale/test-kit/paths';

const WORKSPACES = ['contracts', 'server-kit', 'test-kit', 'programming-api', 'programming-ui', 'grader-api', 'battle-api'];
const STACK_ENV = ['EDUSCALE_URL', 'API_URL', 'API_URLS', 'DATABASE_URL', 'TEMPLATE_DATABASE_URL', 'REDIS_URL'];

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !WORKSPACES.includes(name));
if (unknown.length > 0) {
  console.error(`not a workspace with unit tests: ${unknown.join(', ')} (one of ${WORKSPACES.join(', ')})`);
  process.exit(2);
}
const files = (requested.length > 0 ? requested : WORKSPACES).flatMap((workspace) =>
  globSync(`${workspace}/src/**/*.test.ts`, { cwd: REPO_ROOT, exclude: (name) => name === 'node_modules' || name === 'dist' }),
);
if (files.length === 0) {
  console.error('no unit test files found');
  process.exit(1);
}

// The grader's lint tests run ruff and lizard in the sandbox (pip, once; a marker check after).
if (files.some((file) => file.startsWith('grader-api/'))) ensurePythonTools();
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !STACK_ENV.includes(name)));
const child = spawn(process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=2', ...files], { cwd: REPO_ROOT, stdio: 'inherit', env });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
