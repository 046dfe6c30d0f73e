import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dockerOptions, engineStatus } from './docker-connection.ts';

describe('a DOCKER_HOST', () => {
  it('that is unset means the default socket, with no host left for docker-modem to fill in from the environment', () => {
    assert.deepEqual(dockerOptions(undefined), { socketPath: '/var/run/docker.sock', host: undefined, port: undefined, protocol: undefined });
  });

  it('of unix:// names the socket', () => {
    assert.equal(dockerOptions('unix:///run/user/1000/docker.sock').socketPath, '/run/user/1000/docker.sock');
  });

  it('of tcp:// (the socket proxy) is plain HTTP to that host and port', () => {
    assert.deepEqual(dockerOptions('tcp://docker-socket-proxy:2375'), { socketPath: undefined, host: 'docker-socket-proxy', port: 2375, protocol: 'http' });
  });

  it('without a scheme is a TCP host', () => {
    assert.equal(dockerOptions('proxy:2375').host, 'proxy');
  });

  it('of ssh:// is refused rather than half supported', () => {
    assert.throws(() => dockerOptions('ssh://me@host'), { name: 'SandboxFault' });
  });
});

describe('the engine status', () => {
  it('says no engine answers at a socket that does not exist', async () => {
    const status = await engineStatus({ dockerHost: 'unix:///nonexistent/docker.sock', image: 'eduscale/grader-image:latest' });
    assert.equal(status.ok, false);
    assert.match(status.ok ? '' : status.reason, /no Docker engine answers at unix:\/\/\/nonexistent\/docker\.sock/);
  });
});
