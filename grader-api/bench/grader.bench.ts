/**
 * `npm run bench:grader`: what the sandbox and the grader fleet cost, per language, against
 * the floor (bwrap running /bin/true) and the same program run natively. Starts its own
 * throwaway stack (two graders behind NGINX) so the /api/run figures are end to end.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LANGUAGES, type Language } from '@eduscale/contracts';
import { ensureFlyway, ensureSystemPackages } from '@eduscale/test-kit/install';
import { freePort, Supervisor } from '@eduscale/test-kit/processes';
import { startStack } from '@eduscale/test-kit/stack';
import { LANGUAGE_SPECS } from '../src/languages/languages.ts';
import { BubblewrapSandbox } from '../src/sandbox/bubblewrap/bubblewrap.driver.ts';
import { bwrapOptions } from '../src/sandbox/bubblewrap/bwrap-args.ts';
import type { Box } from '../src/sandbox/sandbox.ts';
import { HELLO } from './hello-programs.ts';
import { ms, throughput, timeRepeatedly } from './stats.ts';
import { DEFAULT_CACHE_DIR } from '../src/config.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const MiB = 1024 * 1024;
const LIMITS = { cpuMs: 5000, wallMs: 10_000, memoryBytes: 512 * MiB, processes: 96, outputBytes: 64 * 1024, fileBytes: 16 * MiB };
const cacheDir = DEFAULT_CACHE_DIR;
/** Where the sandbox's /opt toolchains are on the host. */
const NATIVE_PATHS: Record<string, string> = {
  '/opt/node/bin/node': process.execPath,
  '/opt/esbuild/esbuild': new URL('../../node_modules/.bin/esbuild', import.meta.url).pathname,
  '/opt/rust/bin/rustc': 'rustc',
};

function spawnToEnd(command: string, args: string[], stdin = '', cwd?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['pipe', 'ignore', 'ignore'], env: {} });
    child.stdin.on('error', () => {});
    child.stdin.end(stdin);
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited ${code}`))));
  });
}

ensureSystemPackages();
ensureFlyway();
const sandbox = new BubblewrapSandbox({ workDir: mkdtempSync(join(tmpdir(), 'bench-box-')), cacheDir, concurrency: 4 });

// (a) The floor: bwrap with the driver's own mounts and namespaces, running /bin/true.
const floorBox = mkdtempSync(join(tmpdir(), 'bench-floor-'));
chmodSync(floorBox, 0o755);
const driverArgs = bwrapOptions(
  { argv: ['/bin/true'], limits: LIMITS, writableBox: false },
  { boxDir: floorBox, passwdFile: join(floorBox, 'passwd'), groupFile: join(floorBox, 'group'), node: process.execPath, esbuild: '/bin/true', goCacheDir: floorBox, tmpBytes: 64 * MiB },
);
// Minus the seccomp program and the launcher, which need the wrapper's descriptors: the floor is bwrap alone.
const seccompAt = driverArgs.indexOf('--seccomp');
const floorArgs = [...driverArgs.slice(0, seccompAt), ...driverArgs.slice(seccompAt + 2), '--', '/bin/true'];
writeFileSync(join(floorBox, 'passwd'), 'runner:x:65534:65534::/tmp:/bin/false\n');
writeFileSync(join(floorBox, 'group'), 'runner:x:65534:\n');
const floor = await timeRepeatedly(RUNS, () => spawnToEnd('/usr/bin/bwrap', floorArgs));
console.log(`\nbare sandbox floor (bwrap … /bin/true): p50 ${ms(floor.p50)} ms  p95 ${ms(floor.p95)} ms   (${RUNS} runs each below)\n`);

// Compiled once per language, for (b) and (c).
const boxes = new Map<Language, { box: Box; run: string[] }>();
for (const language of LANGUAGES) {
  const plan = LANGUAGE_SPECS[language].plan(HELLO[language]);
  if ('error' in plan) throw new Error(plan.error);
  const box = await sandbox.createBox(plan.files);
  if (plan.compile) {
    const compiled = await box.exec({ argv: plan.compile.argv, env: plan.compile.env, toolchains: plan.compile.toolchains, limits: { ...LIMITS, cpuMs: 60_000, wallMs: 90_000, memoryBytes: 1536 * MiB, fileBytes: 256 * MiB }, writableBox: true });
    if (compiled.exitCode !== 0) throw new Error(`${language} did not compile: ${compiled.stderr}`);
  }
  boxes.set(language, { box, run: plan.run(256) });
}

const supervisor = new Supervisor(process.stderr);
const dataDir = mkdtempSync(join(tmpdir(), 'bench-stack-'));
chmodSync(dataDir, 0o755);
const stack = await startStack({ supervisor, dataDir, nginxPort: await freePort(), ephemeral: true, serviceEnv: { LOG_LEVEL: 'warn', REGISTRATIONS_PER_IP_PER_HOUR: '1000' } });
// One user per concurrent caller: one user alone gets a fair share of the sandboxes, not all of them.
const cookies = await Promise.all([1, 2, 3, 4].map(async (n) => {
  const register = await fetch(`${stack.url}/api/auth/register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: `bench_${process.pid}_${n}`, password: 'benchmark-password' }) });
  return register.headers.getSetCookie()[0]?.split(';')[0] ?? '';
}));
let calls = 0;
const apiRun = (language: Language) => async () => {
  const cookie = cookies[calls++ % cookies.length];
  const response = await fetch(`${stack.url}/api/run`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ language, code: HELLO[language], stdin: 'bench' }) });
  const body = (await response.json()) as { verdict: string };
  if (body.verdict !== 'accepted') throw new Error(`${language}: ${JSON.stringify(body)}`);
};

let cTest = NaN;
let pythonGap = NaN;
try {
  console.log('language     native p50/p95     sandbox p50/p95    /api/run p50/p95   (ms; sandbox = precompiled, one test)');
  for (const language of LANGUAGES) {
    const { box, run } = boxes.get(language)!;
    const native = await nativeTimer(language);
    const inSandbox = await timeRepeatedly(RUNS, () => box.exec({ argv: run, stdin: 'bench\n', limits: LIMITS, writableBox: false }));
    const viaApi = await timeRepeatedly(RUNS, apiRun(language));
    console.log(`${language.padEnd(11)} ${ms(native.p50)} ${ms(native.p95)}    ${ms(inSandbox.p50)} ${ms(inSandbox.p95)}    ${ms(viaApi.p50)} ${ms(viaApi.p95)}`);
    if (language === 'c') cTest = inSandbox.p50;
    if (language === 'python') pythonGap = viaApi.p50 - inSandbox.p50;
  }
  console.log(`\nC, one hidden test of a precompiled program: ${cTest.toFixed(1)} ms = floor + ${(cTest - floor.p50).toFixed(1)} ms (cgroup slot included)`);
  console.log(`Python hello through /api/run: sandbox + ${pythonGap.toFixed(1)} ms`);

  console.log('\nthroughput, Python hello (runs/s): direct in bwrap (one grader\'s sandbox) vs /api/run across 2 graders');
  const python = boxes.get('python')!;
  for (const concurrency of [1, 2, 4]) {
    const total = RUNS * concurrency * 2;
    const direct = await throughput(concurrency, total, () => python.box.exec({ argv: python.run, stdin: 'bench\n', limits: LIMITS, writableBox: false }));
    const api = await throughput(concurrency, total, apiRun('python'));
    console.log(`concurrency ${concurrency}:  direct ${direct.toFixed(1).padStart(6)}   /api/run ${api.toFixed(1).padStart(6)}   (${((api / direct) * 100).toFixed(0)} %)`);
  }
} finally {
  for (const { box } of boxes.values()) await box.dispose();
  await sandbox.close();
  await supervisor.stopAll();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(floorBox, { recursive: true, force: true });
}

/** (b) The same program compiled and run natively, outside any sandbox, from a scratch folder. */
async function nativeTimer(language: Language) {
  const plan = LANGUAGE_SPECS[language].plan(HELLO[language]);
  if ('error' in plan) throw new Error(plan.error);
  const dir = mkdtempSync(join(tmpdir(), `bench-native-${language}-`));
  const native = (argv: string[]) => argv.map((part) => NATIVE_PATHS[part] ?? part);
  try {
    for (const [name, content] of Object.entries(plan.files)) writeFileSync(join(dir, name), content);
    if (plan.compile) {
      const [command, ...args] = native(plan.compile.argv);
      execFileSync(command!, args, { cwd: dir, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...plan.compile.env, GOCACHE: join(cacheDir, 'go-build-native') } });
    }
    const [command, ...args] = native(plan.run(256));
    return await timeRepeatedly(RUNS, () => spawnToEnd(command!, args, 'bench\n', dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
