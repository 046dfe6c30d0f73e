import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLogger } from './logger.ts';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ service: 'test-service', level: 'info', destination: { write: (line: string) => void lines.push(JSON.parse(line)) } });
  return { logger, lines };
}

describe('the logger', () => {
  it('names the service on every line', () => {
    const { logger, lines } = capture();
    logger.info('hello');
    assert.equal(lines.length, 1);
    assert.equal(lines[0]!.service, 'test-service');
  });

  it('never writes a password, a session token or a connection URL', () => {
    const { logger, lines } = capture();
    logger.info({ password: 'hunter2', user: { password: 'hunter2' }, token: 'tok', sessionToken: 'tok', databaseUrl: 'postgres://u:pw@db/x', config: { redisUrl: 'redis://:pw@r' } }, 'secrets');
    const line = JSON.stringify(lines[0]);
    assert.equal(lines.length, 1);
    assert.doesNotMatch(line, /hunter2|tok"|pw@/);
    assert.equal(lines[0]!.password, '[redacted]');
  });

  it('never writes cookies or authorization headers, in a request or on their own', () => {
    const { logger, lines } = capture();
    const headers = { cookie: 'eduscale_session=abc', authorization: 'Bearer abc', 'set-cookie': 'eduscale_session=abc', accept: 'text/html' };
    logger.info({ req: { headers }, headers, res: { headers } }, 'request');
    assert.equal(lines.length, 1);
    assert.doesNotMatch(JSON.stringify(lines[0]), /abc/);
    assert.equal((lines[0]!.headers as Record<string, string>).accept, 'text/html');
  });
});
