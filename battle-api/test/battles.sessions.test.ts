/**
 * A socket lives no longer than the session it was opened with: signing out (programming-api's
 * logout, announced through Redis), an expired session, or a session gone from the table ends
 * the socket on whichever battle-api instance holds it.
 */
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { edge } from '@eduscale/test-kit/edge';
import { nextEvent, startBattleRig, type BattleClient, type BattleRig, type Player } from './battle-rig.ts';

/** Resolves with the reason once the server ends the socket; rejects if it is still open after `timeoutMs`. */
function disconnected(socket: BattleClient, timeoutMs = 10_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`socket ${socket.id} still connected after ${timeoutMs} ms`)), timeoutMs);
    socket.once('disconnect', (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });
}

/** Another session of the same user, as a second browser would have. */
async function secondSession(rig: BattleRig, player: Player): Promise<Player> {
  const token = randomBytes(32).toString('base64url');
  await rig.sql`insert into sessions (token_hash, user_id, expires_at) values (${createHash('sha256').update(token).digest()}, ${player.id}, now() + interval '1 hour')`;
  return { ...player, cookie: `eduscale_session=${token}` };
}

const tokenHash = (player: Player) => createHash('sha256').update(player.cookie.split('=')[1]!).digest();

async function challengeJoined(rig: BattleRig, sockets: [BattleClient, Player][], from: Player, to: Player): Promise<string> {
  const created = await rig.request(0, '/api/battles', { method: 'POST', player: from, json: { opponent: to.username } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  for (const [socket] of sockets) assert.ok((await socket.emitWithAck('battle:join', { battleId: created.body.id })).ok);
  return created.body.id;
}

describe('when a session ends while its sockets are open', () => {
  let rig: BattleRig;
  before(async () => {
    // Sessions are programming-api's: share its database so its logout ends them for real. The
    // periodic session check is far off (every 200 s), so only the sign-out's announcement and
    // battle:join's own check can end these sockets.
    rig = await startBattleRig({ instances: 2, database: 'stack', env: { PRESENCE_TTL_SECONDS: '600' } });
  });
  after(() => rig?.close());

  it('disconnects the signed-out session\'s sockets on every instance, and leaves the other sessions connected', async () => {
    const [alice, bob] = await rig.createPlayers(2);
    const aliceOtherBrowser = await secondSession(rig, alice!);
    const aliceSockets = [await rig.connect(0, alice!), await rig.connect(1, alice!)];
    const aliceElsewhere = await rig.connect(1, aliceOtherBrowser);
    const bobSocket = await rig.connect(0, bob!);
    const battleId = await challengeJoined(rig, [[aliceSockets[0]!, alice!], [aliceSockets[1]!, alice!], [aliceElsewhere, alice!], [bobSocket, bob!]], alice!, bob!);

    const ends = aliceSockets.map((socket) => disconnected(socket));
    const logout = await edge('/api/auth/logout', { method: 'POST', cookie: alice!.cookie });
    assert.equal(logout.status, 204, logout.text);
    assert.deepEqual(await Promise.all(ends), ['io server disconnect', 'io server disconnect']);

    // The room still works for everyone else, and the ended sockets hear none of it.
    const heard = [nextEvent(bobSocket, 'battle:progress', (p) => p.battleId === battleId), nextEvent(aliceElsewhere, 'battle:progress', (p) => p.battleId === battleId)];
    const hook = await rig.request(1, `/internal/battles/${battleId}/progress`, { method: 'POST', json: { userId: bob!.id, passed: 1, total: 3, status: 'running' } });
    assert.equal(hook.status, 204);
    await Promise.all(heard);
    assert.deepEqual(aliceSockets.map((s) => s.connected), [false, false]);
    assert.equal(aliceElsewhere.connected, true);
    assert.equal(bobSocket.connected, true);
  });

  it('refuses battle:join from a socket whose session expired, and disconnects it', async () => {
    const [alice, bob] = await rig.createPlayers(2);
    const created = await rig.request(0, '/api/battles', { method: 'POST', player: alice, json: { opponent: bob!.username } });
    assert.equal(created.status, 201);
    const socket = await rig.connect(1, alice!);
    await rig.sql`update sessions set expires_at = now() - interval '1 second' where token_hash = ${tokenHash(alice!)}`;
    const ended = disconnected(socket);
    ended.catch(() => {}); // awaited below, after the ack
    const joined = await socket.emitWithAck('battle:join', { battleId: created.body.id });
    assert.deepEqual(joined.ok ? 'joined' : joined.error.code, 'unauthenticated');
    assert.equal(await ended, 'io server disconnect');
  });

  it('refuses a socket from a signed-out session from then on', async () => {
    const [alice] = await rig.createPlayers(1);
    assert.equal((await edge('/api/auth/logout', { method: 'POST', cookie: alice!.cookie })).status, 204);
    await assert.rejects(rig.connect(0, alice!), /unauthenticated/);
  });
});

describe('when a session ends without a word (expired, or its sign-out announcement was lost)', () => {
  let rig: BattleRig;
  before(async () => {
    // Open sockets' sessions are re-checked every second.
    rig = await startBattleRig({ instances: 2, database: 'stack', env: { PRESENCE_TTL_SECONDS: '3' } });
  });
  after(() => rig?.close());

  it('disconnects a socket whose session left the table, on whichever instance holds it', async () => {
    const [alice, bob] = await rig.createPlayers(2);
    const sockets = [await rig.connect(0, alice!), await rig.connect(1, alice!)];
    const bobSocket = await rig.connect(0, bob!);
    const ended = sockets.map((socket) => disconnected(socket));
    await rig.sql`delete from sessions where token_hash = ${tokenHash(alice!)}`;
    assert.deepEqual(await Promise.all(ended), ['io server disconnect', 'io server disconnect']);
    assert.equal(bobSocket.connected, true);
  });

  it('disconnects a socket whose session expired, without it doing anything', async () => {
    const [alice] = await rig.createPlayers(1);
    const socket = await rig.connect(1, alice!);
    const ended = disconnected(socket);
    await rig.sql`update sessions set expires_at = now() - interval '1 second' where token_hash = ${tokenHash(alice!)}`;
    assert.equal(await ended, 'io server disconnect');
  });
});
