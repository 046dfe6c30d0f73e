import assert from 'node:assert/strict';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { createLogger } from '../logger/logger.ts';
import { closeServer, onShutdown } from './shutdown.ts';

const logger = createLogger({ service: 'test', level: 'silent' });

function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; port: number }> {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as AddressInfo).port })));
}

function get(port: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request({ port, host: '127.0.0.1', path: '/', agent: false }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

describe('onShutdown', () => {
  it('drains once on SIGTERM, however many signals come, then exits 0', async () => {
    let drains = 0;
    const exits: number[] = [];
    const { dispose } = onShutdown({ logger, drain: async () => void drains++, exit: (code) => void exits.push(code) });
    try {
      process.emit('SIGTERM');
      process.emit('SIGINT');
      await new Promise((resolve) => setImmediate(resolve));
      assert.equal(drains, 1);
      assert.deepEqual(exits, [0]);
    } finally {
      dispose();
    }
  });

  it('exits 1 when draining fails', async () => {
    const exits: number[] = [];
    const { shutdown, dispose } = onShutdown({ logger, drain: () => Promise.reject(new Error('pool stuck')), exit: (code) => void exits.push(code) });
    dispose();
    await shutdown('SIGTERM');
    assert.deepEqual(exits, [1]);
  });
});

describe('closeServer', () => {
  it('lets the request in flight finish before it resolves', async () => {
    const { server, port } = await listen((_req, res) => setTimeout(() => res.end('finished'), 200));
    const inFlight = get(port);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await closeServer(server);
    assert.deepEqual(await inFlight, { status: 200, body: 'finished' });
    await assert.rejects(get(port));
  });

  it('cuts a connection still open after the cut-off (a stream that never ends)', async () => {
    const { server, port } = await listen((_req, res) => res.write('data: hello\n\n'));
    const stream = get(port).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await closeServer(server, { cutOffMs: 100 });
    assert.ok(performance.now() - started < 1_000);
    assert.ok((await stream) instanceof Error);
  });
});
