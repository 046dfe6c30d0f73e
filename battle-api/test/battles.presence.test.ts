import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { nextEvent, runningBattle, startBattleRig, type BattleRig, type Player } from './battle-rig.ts';

const GRACE_SECONDS = 2;

async function reportProgress(rig: BattleRig, instance: number, battleId: string, player: Player, passed: number, total = 5) {
  const hook = await rig.request(instance, `/internal/battles/${battleId}/progress`, { method: 'POST', json: { userId: player.id, passed, total, status: 'wrong_answer' } });
  assert.equal(hook.status, 204, JSON.stringify(hook.body));
}

describe('players coming and going', () => {
  let rig: BattleRig;
  before(async () => {
    rig = await startBattleRig({ instances: 2, env: { FORFEIT_GRACE_SECONDS: String(GRACE_SECONDS), BATTLE_DURATION_SECONDS: '600' } });
  });
  after(() => rig?.close());

  it('resumes the state for a player who drops and reconnects on the other instance, without a forfeit', async () => {
    const [alice, bob] = await rig.createPlayers(2);
    const { battleId, sockets } = await runningBattle(rig, alice!, bob!, { instances: [0, 1] });
    const [aliceSocket, bobSocket] = sockets;
    const bobAway = nextEvent(aliceSocket!, 'battle:state', (s) => s.players.some((p) => p.username === bob!.username && !p.connected));
    bobSocket!.disconnect();
    await bobAway;

    // Alice progresses while Bob is away; Bob comes back on instance 1 and finds it.
    await reportProgress(rig, 0, battleId, alice!, 3);
    const bobAgain = await rig.connect(0, bob!);
    const bobBack = nextEvent(aliceSocket!, 'battle:state', (s) => s.players.some((p) => p.username === bob!.username && p.connected));
    const rejoined = await bobAgain.emitWithAck('battle:join', { battleId });
    assert.ok(rejoined.ok);
    assert.equal(rejoined.state.status, 'running');
    assert.equal(rejoined.state.players.find((p) => p.username === alice!.username)?.passed, 3);
    await bobBack;

    // Live again: the next progress reaches the new socket.
    const live = nextEvent(bobAgain, 'battle:progress', (p) => p.username === alice!.username && p.passed === 4);
    await reportProgress(rig, 1, battleId, alice!, 4);
    await live;

    await sleep(GRACE_SECONDS * 1000 + 1500);
    const state = await rig.request(1, `/api/battles/${battleId}`, { player: bob });
    assert.equal(state.body.status, 'running');
    assert.deepEqual(
      state.body.players.map((p: { username: string; forfeited: boolean }) => [p.username, p.forfeited]).sort(),
      [[alice!.username, false], [bob!.username, false]].sort(),
    );
  });

  it('gives a 1v1 to the player who stayed when the other is away past the grace period', async () => {
    const [alice, bob] = await rig.createPlayers(2);
    const { battleId, sockets } = await runningBattle(rig, alice!, bob!, { instances: [0, 1] });
    await reportProgress(rig, 1, battleId, bob!, 4);
    const end = nextEvent(sockets[0]!, 'battle:end', (e) => e.battleId === battleId, (GRACE_SECONDS + 8) * 1000);
    const leftAt = Date.now();
    sockets[1]!.disconnect();

    const ended = await end;
    assert.ok(Date.now() - leftAt >= GRACE_SECONDS * 1000, 'not before the grace period');
    assert.equal(ended.winner, alice!.username, 'tests passed before leaving do not save a forfeit');
    assert.equal(ended.reason, 'forfeit');
    assert.ok(ended.ratings[alice!.username]!.after > ended.ratings[bob!.username]!.after);
    assert.equal(ended.seasonPoints[bob!.username], 0);
    const state = await rig.request(0, `/api/battles/${battleId}`, { player: alice });
    assert.equal(state.body.endReason, 'forfeit');
    assert.equal(state.body.players.find((p: { username: string }) => p.username === bob!.username).forfeited, true);
    // The result stays readable after the event: a reloaded room shows the same rating change.
    const aliceResult = state.body.players.find((p: { username: string }) => p.username === alice!.username).result;
    assert.deepEqual(aliceResult, { rank: 1, ratingBefore: ended.ratings[alice!.username]!.before, ratingAfter: ended.ratings[alice!.username]!.after, seasonPoints: 10 });

    // The live boards: this season's points and the ratings, each item carrying both.
    const season = await rig.request(1, '/api/battles/leaderboard?board=season&limit=100');
    const aliceSeason = season.body.items.find((i: { username: string }) => i.username === alice!.username);
    assert.equal(aliceSeason?.seasonPoints, 10);
    assert.equal(aliceSeason?.rating, ended.ratings[alice!.username]!.after);
    const rating = await rig.request(0, '/api/battles/leaderboard?board=rating&limit=100');
    assert.equal(rating.body.items.find((i: { username: string }) => i.username === alice!.username)?.seasonPoints, 10);
    assert.equal((await rig.request(0, '/api/battles/leaderboard?board=elo')).status, 400);
  });

  it('keeps a group battle going when one player leaves, and ends it when only one is left', async () => {
    const [a, b, c] = await rig.createPlayers(3);
    const [row] = await rig.sql<{ id: string }[]>`
      insert into battles (mode, status, assignment_id, pairing_key, duration_seconds)
      select 'group', 'waiting', id, ${`presence-${a!.id}`}, 600 from assignments limit 1 returning id`;
    const battleId = row!.id;
    await rig.sql`insert into battle_players ${rig.sql([a, b, c].map((p) => ({ battle_id: battleId, user_id: p!.id })))}`;
    const sockets = await Promise.all([a, b, c].map((p, i) => rig.connect(i % 2, p!)));
    for (const socket of sockets) assert.ok((await socket.emitWithAck('battle:join', { battleId })).ok);
    assert.equal((await rig.request(1, `/api/battles/${battleId}/start`, { method: 'POST', player: a })).status, 200);

    const cLeft = nextEvent(sockets[0]!, 'battle:state', (s) => s.players.some((p) => p.username === c!.username && p.forfeited), (GRACE_SECONDS + 8) * 1000);
    sockets[2]!.disconnect();
    const afterC = await cLeft;
    assert.equal(afterC.status, 'running');

    const end = nextEvent(sockets[0]!, 'battle:end', (e) => e.battleId === battleId, (GRACE_SECONDS + 8) * 1000);
    sockets[1]!.disconnect();
    const ended = await end;
    assert.equal(ended.winner, a!.username);
    assert.equal(ended.reason, 'forfeit');
    assert.deepEqual(ended.seasonPoints, { [a!.username]: 10, [b!.username]: 0, [c!.username]: 0 });
  });

  it('lists who is online on any instance, and tells a challenged player at once', async () => {
    const [alice, bob, carol] = await rig.createPlayers(3);
    const bobSocket = await rig.connect(1, bob!);
    const carolSocket = await rig.connect(0, carol!);
    const online = await rig.request(0, '/api/battles/online', { player: alice });
    assert.equal(online.status, 200);
    const names = online.body.items.map((p: { username: string }) => p.username);
    assert.ok(names.includes(bob!.username) && names.includes(carol!.username), JSON.stringify(online.body));
    assert.ok(!names.includes(alice!.username), 'alice has no socket open');

    const invite = nextEvent(bobSocket, 'battle:invite');
    const created = await rig.request(0, '/api/battles', { method: 'POST', player: alice, json: { opponent: bob!.username } });
    assert.deepEqual(await invite, { battleId: created.body.id, from: alice!.username });

    carolSocket.disconnect();
    await sleep(200);
    const later = await rig.request(1, '/api/battles/online', { player: alice });
    const namesLater = later.body.items.map((p: { username: string }) => p.username);
    assert.ok(namesLater.includes(bob!.username), `bob is still online: ${JSON.stringify(later.body)}`);
    assert.ok(!namesLater.includes(carol!.username), 'carol left');
    assert.equal((await rig.request(1, '/api/battles/online')).status, 401);
  });

  it('lists a player\'s battles and lets a challenge be declined once', async () => {
    const [alice, bob] = await rig.createPlayers(2);
    const created = await rig.request(0, '/api/battles', { method: 'POST', player: alice, json: { opponent: bob!.username } });
    const mine = await rig.request(1, '/api/battles', { player: bob });
    assert.equal(mine.status, 200);
    assert.deepEqual(
      { id: mine.body.items[0].id, status: mine.body.items[0].status, challenger: mine.body.items[0].challenger, opponents: mine.body.items[0].opponents },
      { id: created.body.id, status: 'invited', challenger: alice!.username, opponents: [alice!.username] },
    );

    assert.equal((await rig.request(1, `/api/battles/${created.body.id}`, { method: 'DELETE', player: bob })).status, 204);
    const again = await rig.request(0, `/api/battles/${created.body.id}`, { method: 'DELETE', player: alice });
    assert.equal(again.status, 409);
    assert.equal((await rig.request(0, `/api/battles/${created.body.id}`, { player: alice })).body.status, 'cancelled');
    const [outsider] = await rig.createPlayers(1);
    assert.equal((await rig.request(0, `/api/battles/${created.body.id}`, { method: 'DELETE', player: outsider })).status, 403);
    // The pair may battle again once the challenge is called off.
    assert.equal((await rig.request(0, '/api/battles', { method: 'POST', player: bob, json: { opponent: alice!.username } })).status, 201);
  });
});

describe('a player whose battle server dies with their socket', () => {
  let rig: BattleRig;
  before(async () => {
    // Processes: one is SIGKILLed.
    rig = await startBattleRig({
      instances: 2,
      env: { FORFEIT_GRACE_SECONDS: '2', PRESENCE_TTL_SECONDS: '1', BATTLE_SWEEP_INTERVAL_MS: '300', BATTLE_DURATION_SECONDS: '600' },
      processes: true,
    });
  });
  after(() => rig?.close());

  it('forfeits after the presence TTL and the grace period if they never come back', async () => {
    const [alice, bob] = await rig.createPlayers(2);
    const { battleId, sockets } = await runningBattle(rig, alice!, bob!, { instances: [0, 1] });
    const end = nextEvent(sockets[0]!, 'battle:end', (e) => e.battleId === battleId, 15_000);
    const killedAt = Date.now();
    await rig.kill(1); // no disconnect handler runs for bob's socket

    const ended = await end;
    // Not before the grace period (the presence TTL, under a second here, comes on top).
    assert.ok(Date.now() - killedAt >= GRACE_SECONDS * 1000, `ended ${Date.now() - killedAt} ms after the kill`);
    assert.equal(ended.reason, 'forfeit');
    assert.equal(ended.winner, alice!.username);
  });
});
