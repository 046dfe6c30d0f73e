import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { nextEvent, startBattleRig, type BattleRig, type Player } from './battle-rig.ts';

async function challenge(rig: BattleRig, from: Player, to: Player): Promise<string> {
  const created = await rig.request(0, '/api/battles', { method: 'POST', player: from, json: { opponent: to.username } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  assert.equal(created.body.status, 'invited');
  return created.body.id;
}

/**
 * Both players press start at the same moment, each on another instance, once both are in the
 * battle (the challenged player has joined the room; a challenger alone cannot start it).
 */
async function raceStarts(rig: BattleRig, battleId: string, a: Player, b: Player) {
  const room = await rig.connect(1, b);
  assert.ok((await room.emitWithAck('battle:join', { battleId })).ok);
  return Promise.all([
    rig.request(0, `/api/battles/${battleId}/start`, { method: 'POST', player: a }),
    rig.request(1, `/api/battles/${battleId}/start`, { method: 'POST', player: b }),
  ]);
}

async function startsRecorded(rig: BattleRig, battleId: string): Promise<number> {
  const [row] = await rig.sql<{ count: number }[]>`select count(*)::int as count from battle_starts where battle_id = ${battleId}`;
  return row!.count;
}

describe('battles across two battle-api instances', () => {
  let rig: BattleRig;
  before(async () => {
    rig = await startBattleRig({ instances: 2 });
  });
  after(() => rig?.close());

  it('lets two players on different instances join the same battle', async () => {
    const [alice, bob] = await rig.createPlayers(2);
    const battleId = await challenge(rig, alice!, bob!);
    const aliceSocket = await rig.connect(0, alice!);
    const bobSocket = await rig.connect(1, bob!);
    const [aliceJoin, bobJoin] = await Promise.all([
      aliceSocket.emitWithAck('battle:join', { battleId }),
      bobSocket.emitWithAck('battle:join', { battleId }),
    ]);
    assert.ok(aliceJoin.ok && bobJoin.ok);
    assert.equal(bobJoin.state.status, 'invited');
    assert.deepEqual(bobJoin.state.players.map((p) => p.username).sort(), [alice!.username, bob!.username].sort());

    const running = nextEvent(aliceSocket, 'battle:state', (state) => state.status === 'running');
    const started = await rig.request(1, `/api/battles/${battleId}/start`, { method: 'POST', player: bob });
    assert.equal(started.status, 200);
    assert.equal((await running).startedAt, started.body.startedAt);
  });

  it('starts exactly one battle in each of 50 rounds of simultaneous starts', async () => {
    const startsBefore = (await rig.metric(0, 'battle_starts_total')) + (await rig.metric(1, 'battle_starts_total'));
    const players = await rig.createPlayers(100);
    for (let round = 0; round < 50; round++) {
      const a = players[2 * round]!;
      const b = players[2 * round + 1]!;
      const battleId = await challenge(rig, a, b);
      const [first, second] = await raceStarts(rig, battleId, a, b);
      assert.equal(first.status, 200, `round ${round}: ${JSON.stringify(first.body)}`);
      assert.equal(second.status, 200, `round ${round}: ${JSON.stringify(second.body)}`);
      assert.deepEqual(first.body, second.body, `round ${round}: both players get the same start`);
      assert.equal(first.body.status, 'running');
      assert.equal(await startsRecorded(rig, battleId), 1, `round ${round}`);
    }
    const startsAfter = (await rig.metric(0, 'battle_starts_total')) + (await rig.metric(1, 'battle_starts_total'));
    assert.equal(startsAfter - startsBefore, 50);
  });

  it('answers a repeated start with the same start', async () => {
    const [a, b] = await rig.createPlayers(2);
    const battleId = await challenge(rig, a!, b!);
    const [first] = await raceStarts(rig, battleId, a!, b!);
    const again = await rig.request(1, `/api/battles/${battleId}/start`, { method: 'POST', player: a });
    assert.deepEqual(again.body, first.body);
    assert.equal(await startsRecorded(rig, battleId), 1);
  });

  it('delivers a player\'s progress on instance 1 to the opponent on instance 2', async () => {
    const [alice, bob] = await rig.createPlayers(2);
    const battleId = await challenge(rig, alice!, bob!);
    await raceStarts(rig, battleId, alice!, bob!);
    const aliceSocket = await rig.connect(0, alice!);
    const bobSocket = await rig.connect(1, bob!);
    assert.ok((await aliceSocket.emitWithAck('battle:join', { battleId })).ok);
    assert.ok((await bobSocket.emitWithAck('battle:join', { battleId })).ok);

    const progress = nextEvent(bobSocket, 'battle:progress', (p) => p.battleId === battleId);
    const state = nextEvent(bobSocket, 'battle:state', (s) => s.players.some((p) => p.username === alice!.username && p.passed === 3));
    const hook = await rig.request(0, `/internal/battles/${battleId}/progress`, {
      method: 'POST',
      json: { userId: alice!.id, passed: 3, total: 5, status: 'running' },
    });
    assert.equal(hook.status, 204);
    assert.deepEqual(await progress, { battleId, username: alice!.username, passed: 3, total: 5, status: 'running' });
    assert.equal((await state).players.find((p) => p.username === alice!.username)?.total, 5);
  });

  it('lets only a battle\'s players join it', async () => {
    const [alice, bob, eve] = await rig.createPlayers(3);
    const battleId = await challenge(rig, alice!, bob!);
    const eveSocket = await rig.connect(1, eve!);
    const joined = await eveSocket.emitWithAck('battle:join', { battleId });
    assert.deepEqual(joined.ok ? 'joined' : joined.error.code, 'forbidden');
    const bad = await eveSocket.emitWithAck('battle:join', { battleId: 'nope' } as never);
    assert.deepEqual(bad.ok ? 'joined' : bad.error.code, 'invalid');
  });

  it('refuses a socket without a session', async () => {
    await assert.rejects(rig.connect(0, { id: '', username: '', cookie: 'eduscale_session=forged' }), /unauthenticated/);
  });

  it('reports its sockets, battles, pub/sub round trip and handler durations on /metrics', async () => {
    const { text } = await rig.request(0, '/metrics');
    for (const name of ['connected_sockets', 'active_battles', 'redis_pubsub_roundtrip_ms_count', 'handler_duration_seconds_count', 'battle_lock_extensions_total']) {
      assert.match(text, new RegExp(`^${name}`, 'm'), name);
    }
    assert.ok((await rig.metric(0, 'active_battles')) >= 50);
    assert.ok((await rig.metric(0, 'redis_pubsub_roundtrip_ms_count')) > 0);
    const health = await rig.request(1, '/health');
    assert.equal(health.status, 200);
    assert.equal(health.body.status, 'ok');
  });
});

describe('battle HTTP errors', () => {
  let rig: BattleRig;
  before(async () => {
    rig = await startBattleRig({ instances: 1 });
  });
  after(() => rig?.close());

  it('answers problem+json for 400, 401, 403, 404 and 409', async () => {
    const [alice, bob, eve] = await rig.createPlayers(3);
    assert.equal((await rig.request(0, '/api/battles', { method: 'POST', json: { opponent: bob!.username } })).status, 401);
    const invalid = await rig.request(0, '/api/battles', { method: 'POST', player: alice, json: { opponent: 'x' } });
    assert.equal(invalid.status, 400);
    assert.equal(invalid.body.errors[0].path, 'opponent');
    assert.equal((await rig.request(0, '/api/battles', { method: 'POST', player: alice, json: { opponent: 'nobody-here' } })).status, 404);
    assert.equal((await rig.request(0, '/api/battles', { method: 'POST', player: alice, json: { opponent: bob!.username, assignment: 'no-such' } })).status, 404);
    const crossSite = await rig.request(0, '/api/battles', { method: 'POST', player: alice, json: { opponent: bob!.username }, headers: { origin: 'https://evil.example' } });
    assert.equal(crossSite.status, 403);

    const battleId = await challenge(rig, alice!, bob!);
    const again = await rig.request(0, '/api/battles', { method: 'POST', player: bob, json: { opponent: alice!.username } });
    assert.equal(again.status, 409);
    assert.equal(again.body.battleId, battleId);
    assert.equal((await rig.request(0, `/api/battles/${battleId}/start`, { method: 'POST', player: eve })).status, 403);
    assert.equal((await rig.request(0, `/api/battles/${crypto.randomUUID()}`, { player: alice })).status, 404);
    const state = await rig.request(0, `/api/battles/${battleId}`, { player: bob });
    assert.equal(state.status, 200);
    assert.equal(state.body.assignment, 'battle-sum');
    await rig.sql`update battles set status = 'cancelled' where id = ${battleId}`;
    const cancelled = await rig.request(0, `/api/battles/${battleId}/start`, { method: 'POST', player: alice });
    assert.equal(cancelled.status, 409);
    assert.match(cancelled.body.type, /conflict/);
  });
});

describe('when the start handler outlives the lock TTL', () => {
  let rig: BattleRig;
  before(async () => {
    // A 1 s lock held by a handler that takes 3.5 s: only extension keeps it. (With 300 ms, an
    // extension due every 150 ms came too late once on a loaded machine: the lock expired first.)
    rig = await startBattleRig({ instances: 2, env: { BATTLE_LOCK_TTL_MS: '1000', BATTLE_START_DELAY_MS: '3500' } });
  });
  after(() => rig?.close());

  it('extends the lock and still starts one battle per round', async () => {
    const players = await rig.createPlayers(10);
    for (let round = 0; round < 5; round++) {
      const a = players[2 * round]!;
      const b = players[2 * round + 1]!;
      const battleId = await challenge(rig, a, b);
      const [first, second] = await raceStarts(rig, battleId, a, b);
      assert.equal(first.status, 200, JSON.stringify(first.body));
      assert.equal(second.status, 200, JSON.stringify(second.body));
      assert.deepEqual(first.body, second.body);
      assert.equal(await startsRecorded(rig, battleId), 1);
    }
    const extensions = (await rig.metric(0, 'battle_lock_extensions_total')) + (await rig.metric(1, 'battle_lock_extensions_total'));
    assert.ok(extensions >= 5 * 3, `only ${extensions} extensions`);
    const lost = (await rig.metric(0, 'battle_lock_failures_total', '{stage="extend"}')) + (await rig.metric(1, 'battle_lock_failures_total', '{stage="extend"}'));
    assert.equal(lost, 0);
    const starts = (await rig.metric(0, 'battle_starts_total')) + (await rig.metric(1, 'battle_starts_total'));
    assert.equal(starts, 5);
  });
});
