import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, it } from 'node:test';
import { freePort, waitForPort } from '@eduscale/test-kit/processes';

describe('a grader told to stop (SIGTERM) mid-run', () => {
  it('finishes the run in progress, answers it, refuses new connections and exits cleanly', async () => {
    const port = await freePort();
    const grader = spawn(process.execPath, ['src/main.ts'], {
      cwd: new URL('..', import.meta.url).pathname,
      env: { PATH: process.env.PATH, PORT: String(port), LOG_LEVEL: 'warn', GRADER_CONCURRENCY: '1' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    await waitForPort(port);
    const slowRun = fetch(`http://127.0.0.1:${port}/run`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ language: 'python', code: 'import time\ntime.sleep(0.8)\nprint("finished")' }),
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    grader.kill('SIGTERM');

    const response = await slowRun;
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as { stdout: string }).stdout, 'finished\n');
    const [code] = await once(grader, 'exit');
    assert.equal(code, 0);
    await assert.rejects(fetch(`http://127.0.0.1:${port}/health`));
  });
});
