/**
 * A direct challenge starts only with both players in it: the challenged player accepts (their
 * call to start) or joins the room over the socket; the challenger alone cannot start it, and
 * cannot move the rating of a player who never showed up.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { nextEvent, startBattleRig, type BattleRig, type Player } from './battle-rig.ts';

async function challenge(rig: BattleRig, from: Player, to: Player): Promise<string> {
  const created = await rig.request(0, '/api/battles', { method: 'POST', player: from, json: { opponent: to.username } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body.id;
}

const start = (rig: BattleRig, instance: number, battleId: string, player: Player) =>
  rig.request(instance, `/api/battles/${battleId}/start`, { method: 'POST', player });

async function battleRow(rig: BattleRig, battleId: string) {
  const [row] = await rig.sql<{ status: string; starts: number; rated: number }[]>`
    select b.status,
      (select count(*)::int from battle_starts s where s.battle_id = b.id) as starts,
      (select count(*)::int from rating_history h where h.battle_id = b.id) as rated
    from battles b where b.id = ${battleId}`;
  assert.ok(row, `battle ${battleId} exists`);
  return row;
}

describe('a direct challenge the challenged player has not taken up', () => {
  let rig: BattleRig;
  before(async () => {
    rig = await startBattleRig({ instances: 2 });
  });
  after(() => rig?.close());

  it('refuses the challenger\'s start before the challenged player accepted, on every instance and however often', async () => {
    const [alice, bob] = await rig.createPlayers(2);
    const battleId = await challenge(rig, alice!, bob!);
    const attempts = await Promise.all([start(rig, 0, battleId, alice!), start(rig, 1, battleId, alice!), start(rig, 0, battleId, alice!)]);
    assert.equal(attempts.length, 3);
    for (const refused of attempts) {
      assert.equal(refused.status, 409, JSON.stringify(refused.body));
      assert.match(refused.body.type, /not-accepted$/);
      assert.equal(typeof refused.body.detail, 'string');
    }
    assert.deepEqual(await battleRow(rig, battleId), { status: 'invited', starts: 0, rated: 0 });
  });

  it('refuses the challenger\'s start while only the challenger is in the room', async () => {
    const [alice, bob] = await rig.createPlayers(2);
    const battleId = await challenge(rig, alice!, bob!);
    const aliceSocket = await rig.connect(0, alice!);
    assert.ok((await aliceSocket.emitWithAck('battle:join', { battleId })).ok);
    assert.ok((await aliceSocket.emitWithAck('battle:join', { battleId })).ok);
    const refused = await start(rig, 1, battleId, alice!);
    assert.equal(refused.status, 409, JSON.stringify(refused.body));
    assert.match(refused.body.type, /not-accepted$/);
    assert.equal((await battleRow(rig, battleId)).status, 'invited');
  });

  it('never rates a challenged player who never accepted nor joined, whatever the challenger submits', async () => {
    const [alice, bob] = await rig.createPlayers(2);
    const battleId = await challenge(rig, alice!, bob!);
    assert.equal((await start(rig, 0, battleId, alice!)).status, 409);
    const submitted = await rig.request(1, `/api/battles/${battleId}/submissions`, { method: 'POST', player: alice, json: { language: 'python', code: 'print(sum(map(int, input().split())))\n' } });
    assert.equal(submitted.status, 409, JSON.stringify(submitted.body));
    const [rating] = await rig.sql<{ battles: number }[]>`select battles from player_ratings where user_id = ${bob!.id}`;
    assert.equal(rating?.battles ?? 0, 0);
    assert.deepEqual(await battleRow(rig, battleId), { status: 'invited', starts: 0, rated: 0 });
  });
});

describe('a direct challenge both players are in', () => {
  let rig: BattleRig;
  before(async () => {
    rig = await startBattleRig({ instances: 2 });
  });
  after(() => rig?.close());

  it('starts on the challenged player\'s call, which accepts it, and then answers the challenger with the same start', async () => {
    const [alice, bob] = await rig.createPlayers(2);
    const battleId = await challenge(rig, alice!, bob!);
    const accepted = await start(rig, 1, battleId, bob!);
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    assert.equal(accepted.body.status, 'running');
    const again = await start(rig, 0, battleId, alice!);
    assert.deepEqual(again.body, accepted.body);
    assert.deepEqual(await battleRow(rig, battleId), { status: 'running', starts: 1, rated: 0 });
  });

  it('lets the challenger start once the challenged player joined the room over the socket, on another instance', async () => {
    const [alice, bob] = await rig.createPlayers(2);
    const battleId = await challenge(rig, alice!, bob!);
    const bobSocket = await rig.connect(1, bob!);
    assert.ok((await bobSocket.emitWithAck('battle:join', { battleId })).ok);
    const running = nextEvent(bobSocket, 'battle:state', (s) => s.id === battleId && s.status === 'running');
    const [first, second] = await Promise.all([start(rig, 0, battleId, alice!), start(rig, 1, battleId, alice!)]);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.deepEqual(second.body, first.body);
    assert.equal((await running).startedAt, first.body.startedAt);
    assert.deepEqual(await battleRow(rig, battleId), { status: 'running', starts: 1, rated: 0 });
  });
});
