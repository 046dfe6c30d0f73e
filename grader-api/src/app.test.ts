import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { RunResponse } from '@eduscale/contracts';
import { createApp } from './app.ts';
import { parseConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { BubblewrapSandbox } from './sandbox/bubblewrap/bubblewrap.driver.ts';

const workDir = mkdtempSync(join(tmpdir(), 'grader-app-'));
const config = parseConfig({ GRADER_WORK_DIR: workDir, LOG_LEVEL: 'silent', GRADER_CONCURRENCY: '2' });
const sandbox = new BubblewrapSandbox({ workDir, cacheDir: config.sandbox.cacheDir, concurrency: 2 });
const { app } = createApp({ config, sandbox, logger: createLogger('silent') });
after(async () => {
  await sandbox.close();
  rmSync(workDir, { recursive: true, force: true });
});

const run = (body: unknown) => app.request('/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('the grader API', () => {
  it('runs Java whatever the public class is called', async () => {
    const code = 'import java.util.Scanner;\npublic class Solution {\n  public static void main(String[] args) { System.out.println(new Scanner(System.in).nextInt() * 2); }\n}\n';
    const result = RunResponse.parse(await (await run({ language: 'java', code, stdin: '21' })).json());
    assert.equal(result.verdict, 'accepted');
    assert.equal(result.stdout, '42\n');
  });

  it('shows a compile error with the compiler’s message', async () => {
    const result = RunResponse.parse(await (await run({ language: 'c', code: 'int main() { return 0 }' })).json());
    assert.equal(result.verdict, 'compilation_error');
    assert.match(result.compileOutput ?? '', /error: expected .;. before/);
  });

  it('answers 400 problem+json naming the field for a language it does not offer', async () => {
    const response = await run({ language: 'cobol', code: 'DISPLAY "HI"' });
    assert.equal(response.status, 400);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
    const { errors } = (await response.json()) as { errors: { path: string }[] };
    assert.deepEqual(errors.map((e) => e.path), ['language']);
  });

  it('answers 413 problem+json for code over 64 KiB', async () => {
    const response = await run({ language: 'python', code: `# ${'x'.repeat(65 * 1024)}` });
    assert.equal(response.status, 413);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
  });

  it('says on /health which driver runs and what this host enforces', async () => {
    const health = (await (await app.request('/health')).json()) as { driver: string; enforcement: Record<string, string>; breaker: string; concurrency: number };
    assert.equal(health.driver, 'bubblewrap');
    assert.deepEqual(Object.keys(health.enforcement).sort(), ['cpuTime', 'memory', 'network', 'processes']);
    assert.equal(health.breaker, 'closed');
    assert.equal(health.concurrency, 2);
  });

  it('counts runs by language and verdict, their duration, sandbox overhead and the breaker on /metrics', async () => {
    await run({ language: 'python', code: 'print(1/0)' });
    const metrics = await (await app.request('/metrics')).text();
    assert.match(metrics, /grader_runs_total\{language="python",verdict="runtime_error"\} 1/);
    assert.match(metrics, /grader_run_duration_seconds_count\{language="python"\} 1/);
    assert.match(metrics, /grader_sandbox_overhead_seconds_count\{step="run"\} [1-9]/);
    assert.match(metrics, /grader_breaker_state 0/);
  });

  it('answers 400 problem+json for malformed JSON and unknown fields', async () => {
    const malformed = await app.request('/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"language":' });
    assert.equal(malformed.status, 400);
    assert.equal(malformed.headers.get('content-type'), 'application/problem+json');
    assert.equal((await run({ language: 'python', code: 'print(1)', extra: true })).status, 400);
  });

  it('puts the request id in problem bodies, so a report can be matched to the logs', async () => {
    const unknown = await app.request('/nowhere', { headers: { 'x-request-id': 'trace-me' } });
    assert.equal(unknown.status, 404);
    assert.equal(((await unknown.json()) as { requestId: string }).requestId, 'trace-me');
    const invalid = await app.request('/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[]' });
    assert.match(((await invalid.json()) as { requestId: string }).requestId, /^[0-9a-f-]{36}$/);
  });
});
