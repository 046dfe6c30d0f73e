import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { nextEvent, startBattleRig, type BattleClient, type BattleRig, type Player } from './battle-rig.ts';

async function queue(rig: BattleRig, instance: number, player: Player, mode: '1v1' | 'group', language?: string): Promise<string> {
  const queued = await rig.request(instance, '/api/battles/queue', { method: 'POST', player, json: { mode, language } });
  assert.equal(queued.status, 202, JSON.stringify(queued.body));
  return queued.body.ticket;
}

/** Every match:found a socket receives, from now on. */
function collectMatches(socket: BattleClient): string[] {
  const found: string[] = [];
  socket.on('match:found', ({ battleId }) => found.push(battleId));
  return found;
}

async function battleOf(rig: BattleRig, battleId: string) {
  const [battle] = await rig.sql<{ mode: string; status: string; pairingKey: string | null }[]>`select mode, status, pairing_key from battles where id = ${battleId}`;
  const players = await rig.sql<{ userId: string }[]>`select user_id from battle_players where battle_id = ${battleId}`;
  return { ...battle!, userIds: players.map((p) => p.userId).sort() };
}

describe('matchmaking across two battle-api instances', () => {
  let rig: BattleRig;
  before(async () => {
    rig = await startBattleRig({ instances: 2, env: { GROUP_FILL_SECONDS: '1', MATCHMAKING_INTERVAL_MS: '200' } });
  });
  after(() => rig?.close());

  it('matches two players queued on different instances into one running battle', async () => {
    const [alice, bob] = await rig.createPlayers(2);
    const aliceSocket = await rig.connect(0, alice!);
    const bobSocket = await rig.connect(1, bob!);
    const aliceFound = nextEvent(aliceSocket, 'match:found');
    const bobFound = nextEvent(bobSocket, 'match:found');
    const ticket = await queue(rig, 0, alice!, '1v1');
    assert.equal(await queue(rig, 1, alice!, '1v1'), ticket, 're-queuing gives the same ticket');
    await queue(rig, 1, bob!, '1v1');
    const [a, b] = await Promise.all([aliceFound, bobFound]);
    assert.equal(a.battleId, b.battleId);
    const battle = await battleOf(rig, a.battleId);
    assert.equal(battle.status, 'running');
    assert.equal(battle.mode, '1v1');
    assert.ok(battle.pairingKey);
    assert.deepEqual(battle.userIds, [alice!.id, bob!.id].sort());
    const got = await rig.request(1, `/api/battles/${a.battleId}`, { player: bob });
    assert.equal(got.body.status, 'running');
    // Playing a running battle: no queuing until it is over.
    const busy = await rig.request(0, '/api/battles/queue', { method: 'POST', player: alice, json: { mode: 'group' } });
    assert.equal(busy.status, 409);
    assert.equal(busy.body.battleId, a.battleId);
  });

  it('picks an assignment offering the language both players asked for, and times their wait on /metrics', async () => {
    await rig.sql`
      insert into assignments (slug, title, difficulty, points, statement, languages, starter_code, time_limit_ms, memory_limit_mb, checker, tests_hash)
      values ('battle-sum-go', 'Sum in Go', 'medium', 10, 'Add two numbers.', ${['go', 'rust']}, ${rig.sql.json({ go: '' })}, 1000, 64, ${rig.sql.json({ kind: 'exact' })}, 'test')`;
    const matchedBefore = (await rig.metric(0, 'matchmaking_wait_seconds_count', '{mode="1v1"}')) + (await rig.metric(1, 'matchmaking_wait_seconds_count', '{mode="1v1"}'));
    const [alice, bob] = await rig.createPlayers(2);
    const found = nextEvent(await rig.connect(0, alice!), 'match:found');
    await queue(rig, 0, alice!, '1v1', 'go');
    await queue(rig, 1, bob!, '1v1', 'go');
    const { battleId } = await found;
    assert.equal((await rig.request(0, `/api/battles/${battleId}`, { player: alice })).body.assignment, 'battle-sum-go');
    const matchedAfter = (await rig.metric(0, 'matchmaking_wait_seconds_count', '{mode="1v1"}')) + (await rig.metric(1, 'matchmaking_wait_seconds_count', '{mode="1v1"}'));
    assert.equal(matchedAfter - matchedBefore, 2);
  });

  it('starts one group battle with all three players after the fill window', async () => {
    const players = await rig.createPlayers(3);
    const sockets = await Promise.all(players.map((p, i) => rig.connect(i % 2, p)));
    const found = sockets.map((s) => nextEvent(s, 'match:found', () => true, 8_000));
    await Promise.all(players.map((p, i) => queue(rig, i % 2, p, 'group')));
    const ids = new Set((await Promise.all(found)).map((f) => f.battleId));
    assert.equal(ids.size, 1);
    const battle = await battleOf(rig, [...ids][0]!);
    assert.equal(battle.mode, 'group');
    assert.equal(battle.status, 'running');
    assert.deepEqual(battle.userIds, players.map((p) => p.id).sort());
  });

  it('does not match a player who left the queue', async () => {
    const [leaver, waiter, late] = await rig.createPlayers(3);
    const leaverSocket = await rig.connect(0, leaver!);
    const leaverMatches = collectMatches(leaverSocket);
    const waiterSocket = await rig.connect(1, waiter!);
    await queue(rig, 0, leaver!, '1v1');
    assert.equal((await rig.request(1, '/api/battles/queue', { method: 'DELETE', player: leaver })).status, 204);
    assert.equal((await rig.request(1, '/api/battles/queue', { method: 'DELETE', player: leaver })).status, 204, 'leaving twice is fine');
    await queue(rig, 1, waiter!, '1v1');
    await sleep(1_000);
    assert.deepEqual(leaverMatches, []);
    const waiterFound = nextEvent(waiterSocket, 'match:found');
    await queue(rig, 0, late!, '1v1');
    const battle = await battleOf(rig, (await waiterFound).battleId);
    assert.deepEqual(battle.userIds, [waiter!.id, late!.id].sort());
    assert.deepEqual(leaverMatches, []);
  });

  it('pairs 20 players queuing at once across both instances into 10 battles, nobody in two', async () => {
    const players = await rig.createPlayers(20);
    const sockets = await Promise.all(players.map((p, i) => rig.connect(i % 2, p)));
    const matches = sockets.map(collectMatches);
    const found = sockets.map((s) => nextEvent(s, 'match:found', () => true, 10_000));
    await Promise.all(players.map((p, i) => queue(rig, i % 2, p, '1v1')));
    await Promise.all(found);
    await sleep(1_000); // any second match:found would have arrived by now
    for (const [i, m] of matches.entries()) assert.equal(m.length, 1, `player ${i} got ${m.length} matches`);
    const battleIds = new Set(matches.map((m) => m[0]!));
    assert.equal(battleIds.size, 10);
    const rows = await rig.sql<{ userId: string; count: number }[]>`
      select user_id, count(*)::int as count from battle_players where user_id in ${rig.sql(players.map((p) => p.id))} group by user_id`;
    assert.equal(rows.length, 20);
    assert.ok(rows.every((r) => r.count === 1), 'every player is in exactly one battle');
    for (const battleId of battleIds) {
      const battle = await battleOf(rig, battleId);
      assert.equal(battle.status, 'running');
      assert.equal(battle.userIds.length, 2);
    }
  });

  it('refuses a bad mode, no session and a cross-site request', async () => {
    const [alice] = await rig.createPlayers(1);
    assert.equal((await rig.request(0, '/api/battles/queue', { method: 'POST', player: alice, json: { mode: 'solo' } })).status, 400);
    assert.equal((await rig.request(0, '/api/battles/queue', { method: 'POST', json: { mode: '1v1' } })).status, 401);
    assert.equal((await rig.request(0, '/api/battles/queue', { method: 'DELETE' })).status, 401);
    const crossSite = await rig.request(0, '/api/battles/queue', { method: 'POST', player: alice, json: { mode: '1v1' }, headers: { origin: 'https://evil.example' } });
    assert.equal(crossSite.status, 403);
  });
});
