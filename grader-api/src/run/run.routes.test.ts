import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { graderApiRoutes, graderHealthRoute } from '@eduscale/contracts/routes';
import { createApp } from '../app.ts';
import { parseConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import type { Sandbox } from '../sandbox/sandbox.ts';

// Nothing here runs a program: a request the definitions refuse never reaches the sandbox.
const unusedSandbox: Sandbox = {
  info: () => ({ driver: 'bubblewrap', enforcement: { cpuTime: 'rlimit', memory: 'none', processes: 'rlimit', network: 'namespace' }, notes: [] }),
  createBox: () => Promise.reject(new Error('this test runs no program')),
  close: async () => {},
};
const { app } = createApp({ config: parseConfig({ LOG_LEVEL: 'silent' }), sandbox: unusedSandbox, logger: createLogger('silent') });
const post = (body: string, type = 'application/json') => app.request('/run', { method: 'POST', headers: { 'content-type': type }, body });
const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

describe('the grader’s routes', () => {
  it('are its route definitions, public and its own /health, besides /metrics', () => {
    const served = new Set(app.routes.filter((r) => r.method !== 'ALL' && r.path !== '/metrics').map((r) => `${r.method} ${r.path}`));
    const defined = [...graderApiRoutes, graderHealthRoute].map((route) => `${route.method.toUpperCase()} ${honoPath(route.path)}`);
    assert.equal(defined.length, 2);
    assert.deepEqual([...served].sort(), defined.sort());
  });

  it('answer a run the definition refuses with 400 problem+json naming the field', async () => {
    const response = await post(JSON.stringify({ language: 'cobol', code: 'DISPLAY 1' }));
    assert.equal(response.status, 400);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
    const problem = (await response.json()) as { detail: string; errors: { path: string }[] };
    assert.match(problem.detail, /^The request body is invalid: language /);
    assert.deepEqual(problem.errors.map((e) => e.path), ['language']);
  });

  it('answer a body that is not JSON with 415, and one over 1 MiB with 413', async () => {
    assert.equal((await post('{}', 'text/plain')).status, 415);
    const tooLarge = await post(JSON.stringify({ language: 'python', code: 'x'.repeat(1024 * 1024) }));
    assert.equal(tooLarge.status, 413);
    assert.equal(((await tooLarge.json()) as { detail: string }).detail, 'The body exceeds 1 MiB.');
  });
});
