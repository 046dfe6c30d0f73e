/**
 * `npm run bench:submissions`: on an idle throwaway stack (its own Postgres, Redis, two API and
 * two grader processes, NGINX), how long a new Python `add-two-numbers` submission takes from
 * POST to its final SSE `result` event, and how long after the grader's commit that event
 * arrives. Everything goes through NGINX, as a browser would.
 */
import { ensureFlyway, ensureSystemPackages } from '@eduscale/test-kit/install';
import { startThrowawayStack } from '@eduscale/test-kit/stack';
import { percentile } from '../../grader-api/bench/stats.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const CODE = 'a, b = map(int, input().split())\nprint(a + b)\n';

ensureSystemPackages();
ensureFlyway();
const stack = await startThrowawayStack({
  name: 'bench',
  serviceEnv: {
    SUBMISSIONS_PER_MINUTE: '100000',
    // Grader settings to compare, e.g. GRADING_TEST_PARALLELISM=1 or INSIGHTS_CONCURRENCY=0 npm run bench:submissions
    ...Object.fromEntries(['GRADER_CONCURRENCY', 'GRADING_TEST_PARALLELISM', 'INSIGHTS_CONCURRENCY'].flatMap((name) => (process.env[name] ? [[name, process.env[name]]] : []))),
  },
});

try {
  const origin = { origin: stack.url };
  const registered = await fetch(`${stack.url}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...origin },
    body: JSON.stringify({ username: `bench_${process.pid}`, password: 'bench password' }),
  });
  const cookie = (registered.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

  interface Sample {
    totalMs: number;
    /** From the API's insert to the grader's final write: queue, grading, saving. */
    gradingMs: number;
    afterCommitMs: number;
  }

  async function once(tag: string): Promise<Sample> {
    const started = performance.now();
    const response = await fetch(`${stack.url}/api/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, ...origin },
      body: JSON.stringify({ assignment: 'add-two-numbers', language: 'python', code: `${CODE}# ${tag}\n` }),
    });
    const { id } = (await response.json()) as { id: string };
    const events = await fetch(`${stack.url}/api/submissions/${id}/events`, { headers: { cookie } });
    // The verdict is the `result` event; the stream goes on to the insights, which are not timed here.
    const text = await untilEvent(events, 'result');
    const arrived = Date.now();
    const totalMs = performance.now() - started;
    const result = JSON.parse(text.split('event: result\ndata: ')[1]?.split('\n')[0] ?? 'null') as { verdict: string; createdAt: string; finishedAt: string };
    if (result.verdict !== 'accepted') throw new Error(`unexpected verdict ${result.verdict}`);
    const finished = Date.parse(result.finishedAt);
    return { totalMs, gradingMs: finished - Date.parse(result.createdAt), afterCommitMs: arrived - finished };
  }

  await once('warm-up');
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await once(`run-${i}-${Date.now()}`));
  const report = (label: string, values: number[]) =>
    console.log(`${label.padEnd(44)} p50 ${percentile(values, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(values, 95).toFixed(1).padStart(7)} ms`);
  console.log(`${RUNS} sequential new submissions (Python add-two-numbers, 12 tests), idle stack, through NGINX:`);
  report('POST → final SSE result event', samples.map((s) => s.totalMs));
  report('  of which API insert → grader writes result', samples.map((s) => s.gradingMs));
  report("grader's commit → SSE result event at client", samples.map((s) => s.afterCommitMs));
} finally {
  await stack.finish({ keepLogs: false });
}

async function untilEvent(response: Response, event: string): Promise<string> {
  const reader = (response.body as ReadableStream<Uint8Array>).pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return text;
    text += value;
    const at = text.indexOf(`event: ${event}\n`);
    if (at >= 0 && text.indexOf('\n\n', at) >= 0) {
      await reader.cancel();
      return text;
    }
  }
}
