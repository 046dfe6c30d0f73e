/**
 * `npm run bench:fair-share`: one user keeps 30 two-second busy loops in flight through
 * `/api/run` (each answer, a verdict or a 429, is replaced by a new request, after Retry-After
 * for a 429) while another user runs a Python hello world every 500 ms. Prints the other user's
 * latency against the floor (the same hello world on the idle stack, measured first in the same
 * run), every status either user saw, and the graders' breakers afterwards. Starts its own
 * throwaway stack (two graders behind NGINX).
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensureFlyway, ensureSystemPackages } from '@eduscale/test-kit/install';
import { discardOutput, freePort, Supervisor } from '@eduscale/test-kit/processes';
import { startStack } from '@eduscale/test-kit/stack';
import { percentile } from './stats.ts';

const BURST = Number(process.env.BURST ?? 30);
const SECONDS = Number(process.env.DURATION_SECONDS ?? 30);
const BUSY_LOOP = 'while True:\n    pass\n';
const HELLO = 'print("hi")\n';

ensureSystemPackages();
ensureFlyway();
const supervisor = new Supervisor(process.env.EDUSCALE_VERBOSE ? process.stderr : discardOutput());
const dataDir = mkdtempSync(join(tmpdir(), 'bench-fair-'));
chmodSync(dataDir, 0o755);
const stack = await startStack({ supervisor, dataDir, nginxPort: await freePort(), ephemeral: true, serviceEnv: { LOG_LEVEL: 'warn', REGISTRATIONS_PER_IP_PER_HOUR: '1000' } });

async function signUp(username: string): Promise<string> {
  const response = await fetch(`${stack.url}/api/auth/register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'benchmark-password' }) });
  return response.headers.getSetCookie()[0]?.split(';')[0] ?? '';
}

async function run(cookie: string, code: string): Promise<{ status: number; ms: number; retryAfter: number; verdict?: string }> {
  const started = performance.now();
  const response = await fetch(`${stack.url}/api/run`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ language: 'python', code }) });
  const body = (await response.json()) as { verdict?: string };
  return { status: response.status, ms: performance.now() - started, retryAfter: Number(response.headers.get('retry-after') ?? 0), verdict: body.verdict };
}

const count = (tally: Map<string, number>, key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
const summary = (samples: number[]) => `p50 ${percentile(samples, 50).toFixed(0)} ms  p95 ${percentile(samples, 95).toFixed(0)} ms  max ${Math.max(...samples).toFixed(0)} ms  (${samples.length} runs)`;

try {
  const [alice, bob] = [await signUp(`alice_${process.pid}`), await signUp(`bob_${process.pid}`)];
  const floor: number[] = [];
  await run(bob, HELLO);
  for (let i = 0; i < 20; i++) floor.push((await run(bob, HELLO)).ms);

  const aliceSaw = new Map<string, number>();
  const bobSaw = new Map<string, number>();
  const bobLatency: number[] = [];
  const until = performance.now() + SECONDS * 1000;
  const aliceLoops = Array.from({ length: BURST }, async () => {
    while (performance.now() < until) {
      const answer = await run(alice, BUSY_LOOP);
      count(aliceSaw, `${answer.status} ${answer.verdict ?? ''}`.trim());
      if (answer.status === 429) await sleep(answer.retryAfter * 1000);
    }
  });
  await sleep(1000); // the burst is in
  while (performance.now() < until) {
    const answer = await run(bob, HELLO);
    count(bobSaw, `${answer.status} ${answer.verdict ?? ''}`.trim());
    if (answer.status === 200) bobLatency.push(answer.ms);
    await sleep(500);
  }
  await Promise.all(aliceLoops);

  const breakers = await Promise.all(stack.serviceUrls('grader-api').map(async (url) => ((await (await fetch(`${url}/health`)).json()) as { breaker: string }).breaker));
  console.log(`\nfair share: one user keeps ${BURST} busy loops in flight for ${SECONDS} s; another runs a Python hello world every 500 ms`);
  console.log(`floor, hello world on the idle stack:     ${summary(floor)}`);
  console.log(`hello world while the burst is in flight: ${summary(bobLatency)}`);
  console.log(`the other user saw:  ${JSON.stringify(Object.fromEntries(bobSaw))}`);
  console.log(`the bursting user saw: ${JSON.stringify(Object.fromEntries(aliceSaw))}`);
  console.log(`graders' breakers afterwards: ${breakers.join(', ')}`);
} finally {
  await supervisor.stopAll();
  rmSync(dataDir, { recursive: true, force: true });
}
