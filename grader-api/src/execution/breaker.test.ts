import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createApp } from '../app.ts';
import { parseConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { BubblewrapSandbox } from '../sandbox/bubblewrap/bubblewrap.driver.ts';

describe('when the sandbox keeps failing', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'grader-breaker-'));
  const config = parseConfig({ GRADER_WORK_DIR: workDir, BREAKER_VOLUME: '3', BREAKER_RESET_MS: '60000', LOG_LEVEL: 'silent', GRADER_CONCURRENCY: '1' });
  const sandbox = new BubblewrapSandbox({ workDir, cacheDir: config.sandbox.cacheDir, concurrency: 1 });
  const { app } = createApp({ config, sandbox, logger: createLogger('silent') });
  const run = () => app.request('/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ language: 'python', code: 'print(1)' }) });
  after(async () => {
    await sandbox.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('runs normally while the sandbox works', async () => {
    const response = await run();
    assert.equal(response.status, 200);
  });

  it('opens the breaker after repeated faults and then refuses at once with 503 "grading unavailable"', async () => {
    // A real fault: everything in the folder boxes live in (and the files the sandbox mounts
    // from it) disappears from under the grader.
    for (const entry of readdirSync(workDir)) rmSync(join(workDir, entry), { recursive: true, force: true });
    const failed = await run();
    assert.equal(failed.status, 503);
    assert.match(((await failed.json()) as { detail: string }).detail, /sandbox failed/);
    for (let i = 0; i < 3; i++) await run();
    const started = performance.now();
    const refused = await run();
    assert.ok(performance.now() - started < 100, 'refused without touching the sandbox');
    assert.equal(refused.status, 503);
    assert.equal(refused.headers.get('content-type'), 'application/problem+json');
    const body = (await refused.json()) as { title: string; detail: string };
    assert.equal(body.title, 'Grading unavailable');
    assert.match(body.detail, /sandbox is failing/);
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
  });

  it('says so on /health', async () => {
    const health = await app.request('/health');
    assert.equal(health.status, 503);
    assert.equal(((await health.json()) as { breaker: string }).breaker, 'open');
  });
});
