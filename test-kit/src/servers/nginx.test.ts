import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderTemplate, upstreamServers } from './nginx.ts';

describe('rendering an nginx template', () => {
  it('replaces braced names and leaves nginx variables alone', () => {
    const rendered = renderTemplate('listen ${NGINX_PORT}; proxy_set_header Host $http_host; return 200 "$request_id";', { NGINX_PORT: '8080' });
    assert.equal(rendered, 'listen 8080; proxy_set_header Host $http_host; return 200 "$request_id";');
  });

  it('refuses a template that uses a name the launcher does not set', () => {
    assert.throws(() => renderTemplate('listen ${NGINX_PORT}; ${GRADER_SERVERS}', { NGINX_PORT: '1' }), /GRADER_SERVERS/);
  });

  it('lists one upstream server per process', () => {
    assert.equal(upstreamServers([4100, 4101]), 'server 127.0.0.1:4100;\n    server 127.0.0.1:4101;');
  });
});
