/** Battles through NGINX, as a browser reaches them: HTTP routes and Socket.IO on one origin. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { io } from 'socket.io-client';
import { EDGE_URL, edge, signUp } from '@eduscale/test-kit/edge';
import { freshAccepted } from '../../programming-api/test/submissions-client.ts';

/** A 1v1 through NGINX that the challenger wins with accepted code. */
async function finishedBattle(): Promise<void> {
  const [alice, bob] = await Promise.all([signUp('edge_w'), signUp('edge_l')]);
  const headers = { origin: EDGE_URL };
  const created = await edge('/api/battles', { json: { opponent: bob.username, assignment: 'add-two-numbers' }, cookie: alice.cookie, headers });
  assert.equal(created.status, 201, created.text);
  assert.equal((await edge(`/api/battles/${created.body.id}/start`, { method: 'POST', cookie: bob.cookie, headers })).status, 200);
  const submitted = await edge(`/api/battles/${created.body.id}/submissions`, { json: { language: 'python', code: freshAccepted() }, cookie: alice.cookie, headers });
  assert.equal(submitted.status, 202, submitted.text);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const state = await edge(`/api/battles/${created.body.id}`, { cookie: alice.cookie });
    if (state.body.status === 'finished') {
      assert.equal(state.body.winner, alice.username);
      return;
    }
    if (Date.now() > deadline) assert.fail(`the battle is still ${state.body.status}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('battles through NGINX', () => {
  it('challenges, starts, and joins the room over Socket.IO (polling, then WebSocket)', async () => {
    const [alice, bob] = await Promise.all([signUp('edge_a'), signUp('edge_b')]);
    const headers = { origin: EDGE_URL };
    const created = await edge('/api/battles', { json: { opponent: bob.username, assignment: 'add-two-numbers' }, cookie: alice.cookie, headers });
    assert.equal(created.status, 201, created.text);
    const started = await edge(`/api/battles/${created.body.id}/start`, { method: 'POST', cookie: bob.cookie, headers });
    assert.equal(started.status, 200, started.text);
    assert.equal(started.body.status, 'running');

    const socket = io(EDGE_URL, { path: '/socket.io/', extraHeaders: { cookie: alice.cookie, origin: EDGE_URL }, reconnection: false, forceNew: true });
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      const ack = (await socket.timeout(5_000).emitWithAck('battle:join', { battleId: created.body.id })) as { ok: boolean; state: { status: string } };
      assert.equal(ack.ok, true);
      assert.equal(ack.state.status, 'running');
      // The polling transport upgrades to a WebSocket through NGINX.
      await new Promise<void>((resolve) => (socket.io.engine.transport.name === 'websocket' ? resolve() : socket.io.engine.once('upgrade', () => resolve())));
      assert.equal(socket.io.engine.transport.name, 'websocket');
    } finally {
      socket.disconnect();
    }
  });

  it('serves GET /api/leaderboard?board=rating|season from the battle servers, and the points board from the API', async () => {
    // A battle won with accepted code puts its players on the rating board and the winner on the season and points boards.
    await finishedBattle();
    const rating = await edge('/api/leaderboard?board=rating&limit=5');
    assert.equal(rating.status, 200, rating.text);
    assert.equal(rating.body.board, 'rating');
    assert.ok(rating.body.items.length > 0, rating.text);
    for (const item of rating.body.items) assert.equal(typeof item.rating, 'number');
    const season = await edge('/api/leaderboard?board=season&limit=5');
    assert.equal(season.status, 200, season.text);
    assert.equal(season.body.board, 'season');
    assert.equal(season.body.season, new Date().toISOString().slice(0, 7));
    assert.ok(season.body.items.length > 0, season.text);
    for (const item of season.body.items) assert.equal(typeof item.seasonPoints, 'number');
    const points = await edge('/api/leaderboard?limit=5');
    assert.equal(points.status, 200);
    assert.ok(points.body.items.length > 0, points.text);
    for (const item of points.body.items) assert.equal(typeof item.points, 'number');
  });

  it('refuses a signed-out socket', async () => {
    const socket = io(EDGE_URL, { path: '/socket.io/', reconnection: false, forceNew: true });
    try {
      const error = await new Promise<Error>((resolve) => socket.once('connect_error', resolve));
      assert.match(error.message, /sign|session|auth/i);
    } finally {
      socket.disconnect();
    }
  });
});
