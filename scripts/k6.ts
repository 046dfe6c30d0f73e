/**
 * `npm run k6 -- <script> [k6 run arguments]`: runs the real k6 against a running stack.
 * k6 is built once from source with `go install` into .cache/k6 (no prebuilt binary to
 * download here); a different pinned version builds again beside the old one.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@eduscale/test-kit/paths';

const K6_VERSION = 'v1.8.1';
const K6_BIN_DIR = join(REPO_ROOT, '.cache', 'k6', K6_VERSION);
const K6_BIN = join(K6_BIN_DIR, 'k6');

/** Builds k6 with the machine's Go unless this version is already in the cache; returns its path. */
function ensureK6(): string {
  if (existsSync(K6_BIN)) return K6_BIN;
  if (spawnSync('go', ['version'], { stdio: 'ignore' }).status !== 0) {
    console.error(`[k6] building k6 needs Go (1.21 or later fetches the toolchain k6 ${K6_VERSION} asks for); put \`go\` on PATH`);
    process.exit(1);
  }
  console.log(`[k6] building go.k6.io/k6@${K6_VERSION} into ${K6_BIN_DIR} (once; a few minutes)`);
  execFileSync('go', ['install', `go.k6.io/k6@${K6_VERSION}`], {
    stdio: 'inherit',
    // CGO off: a static binary that needs no C toolchain and keeps working after a libc update.
    env: { ...process.env, GOBIN: K6_BIN_DIR, CGO_ENABLED: '0', GOFLAGS: '-trimpath' },
  });
  return K6_BIN;
}

function main(args: string[]): void {
  const [script, ...rest] = args;
  if (!script || script.startsWith('-')) {
    console.error('usage: npm run k6 -- <script.js> [k6 run arguments]   (e.g. npm run k6 -- k6/assignments.js)');
    process.exit(2);
  }
  const k6 = ensureK6();
  const env = { ...process.env, EDUSCALE_URL: process.env.EDUSCALE_URL ?? 'http://localhost:8080' };
  console.log(`[k6] ${K6_VERSION} against ${env.EDUSCALE_URL}`);
  const child = spawn(k6, ['run', ...rest, script], { stdio: 'inherit', env });
  // k6 stops early and still prints its summary on the first Ctrl-C; let it.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main(process.argv.slice(2));
