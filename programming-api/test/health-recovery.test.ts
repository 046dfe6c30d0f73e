import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { freePort, Supervisor } from '@eduscale/test-kit/processes';
import { startRedis } from '@eduscale/test-kit/servers';
import { createTestApp, type TestApp } from './app-harness.ts';

describe('when Redis goes away and comes back', () => {
  const supervisor = new Supervisor(process.stderr);
  const dataDir = mkdtempSync(join(tmpdir(), 'eduscale-redis-'));
  let port: number;
  let app: TestApp;

  before(async () => {
    port = await freePort();
    await startRedis(supervisor, { dataDir, port, name: 'redis-under-test' });
    app = await createTestApp({ REDIS_URL: `redis://127.0.0.1:${port}` });
  });

  after(async () => {
    await app.close();
    await supervisor.stopAll();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('reports 200 while both dependencies answer', async () => {
    await waitForStatus(app, 200);
  });

  it('answers 503 problem+json naming Redis once it is killed', async () => {
    await supervisor.stop('redis-under-test');
    const response = await waitForStatus(app, 503);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
    const body = (await response.json()) as { detail: string; checks: Record<string, { status: string }> };
    assert.match(body.detail, /redis is down/);
    assert.equal(body.checks.redis!.status, 'down');
    assert.equal(body.checks.postgres!.status, 'up');
  });

  it('recovers without restarting the API once Redis is back', async () => {
    await startRedis(supervisor, { dataDir, port, name: 'redis-under-test' });
    const response = await waitForStatus(app, 200);
    assert.equal(((await response.json()) as { status: string }).status, 'ok');
  });
});

async function waitForStatus(app: TestApp, status: number, timeoutMs = 10_000): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await app.request('/api/health');
    if (response.status === status || Date.now() > deadline) {
      assert.equal(response.status, status);
      return response;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
