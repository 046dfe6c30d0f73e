import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig } from './config.ts';

const required = { DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db', REDIS_URL: 'redis://127.0.0.1:6379' };

describe('configuration', () => {
  it('fills every default from the two required URLs', () => {
    const config = parseConfig(required);
    assert.equal(config.port, 4000);
    assert.equal(config.session.cookieSecure, false);
    assert.equal(config.publicOrigin, 'http://localhost:8080');
    assert.ok(Object.isFrozen(config));
  });

  it('names every bad variable at once', () => {
    assert.throws(() => parseConfig({ PORT: 'eighty', COOKIE_SECURE: 'yes' }), (error: Error) => {
      for (const name of ['PORT', 'COOKIE_SECURE', 'DATABASE_URL', 'REDIS_URL']) assert.match(error.message, new RegExp(name));
      return true;
    });
  });
});
