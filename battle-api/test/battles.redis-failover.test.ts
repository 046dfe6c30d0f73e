/**
 * A battle through a Redis failover (issue 16's battle half; the gradings half is
 * programming-api/test/redis-failover.test.ts): two battle-api processes reach Redis through
 * three sentinels (REDIS_URL=redis+sentinel://…), a 1v1 runs with a player on each, and the
 * primary is SIGKILLed mid-battle. After the promotion, progress still crosses the instances,
 * the battle ends at its deadline with the right winner and one result and one rating change
 * per player, and a new battle starts.
 *
 * Grading is not part of it: battle submissions go to the stack's programming-api and graders,
 * whose events travel on the stack's Redis, not on this one. Progress comes in through the test
 * hook, as in the other battle fault tests, and the test writes the grader heartbeats the
 * battle servers watch into the sentinel-managed Redis.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BattleEnd, BattleProgress, GraderHeartbeat } from '@eduscale/contracts';
import { connectRedis } from '@eduscale/server-kit/deps';
import { discardOutput, Supervisor, waitUntil } from '@eduscale/test-kit/processes';
import { askRedis, startRedisWithSentinels, type SentinelRedis } from '@eduscale/test-kit/servers';
import { startBattleRig, type BattleClient, type BattleRig, type Player } from './battle-rig.ts';

const PREFIX = `failover-${randomBytes(4).toString('hex')}`;
const HEARTBEAT_KEY = `${PREFIX}:graders`;
// Long enough for the kill, the promotion and the checks after it on a loaded machine.
const BATTLE_SECONDS = 40;
const TOTAL_TESTS = 5;

/** Where BullMQ keeps a battle's deadline job (clock/battle-timers.ts: `<prefix>:bull`, queue battle-timers, job id = battle id). */
const deadlineJobKey = (battleId: string) => `${PREFIX}:bull:battle-timers:${battleId}`;

/** A grader fleet's heartbeat, in the graders' format, every 200 ms, through the sentinels like every other client. */
function heartbeats(redisUrl: string) {
  const redis = connectRedis(redisUrl, { maxRetriesPerRequest: 1, retryStrategy: () => 200 });
  redis.on('error', () => {});
  const beat = () => void redis.hset(HEARTBEAT_KEY, 'test-grader', JSON.stringify({ breaker: 'closed', at: Date.now() } satisfies GraderHeartbeat)).catch(() => {});
  beat();
  const timer = setInterval(beat, 200);
  return {
    stop() {
      clearInterval(timer);
      redis.disconnect();
    },
  };
}

/**
 * A player's socket on one instance, in one battle, and everything it has heard there. A
 * socket that dropped is opened and joined again by `ready()` (a reconnect is allowed: what
 * must survive the failover is the battle, not one TCP connection), and counted.
 */
function seat(rig: BattleRig, instance: number, player: Player, battleId: string) {
  let socket: BattleClient | undefined;
  const heard = { progress: [] as BattleProgress[], ends: [] as BattleEnd[] };
  const self = {
    player,
    instance,
    heard,
    reconnects: 0,
    async ready(): Promise<void> {
      if (socket?.connected) return;
      if (socket) self.reconnects++;
      socket = await rig.connect(instance, player);
      socket.on('battle:progress', (progress) => void (progress.battleId === battleId && heard.progress.push(progress)));
      socket.on('battle:end', (end) => void (end.battleId === battleId && heard.ends.push(end)));
      const joined = await socket.emitWithAck('battle:join', { battleId });
      assert.ok(joined.ok, JSON.stringify(joined));
    },
  };
  return self;
}

type Seat = ReturnType<typeof seat>;

/** A challenge from `a` (on instance 0) to `b` (on instance 1), both seated, started. */
async function seatedBattle(rig: BattleRig, a: Player, b: Player) {
  const created = await rig.request(0, '/api/battles', { method: 'POST', player: a, json: { opponent: b.username } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const battleId: string = created.body.id;
  const seats = [seat(rig, 0, a, battleId), seat(rig, 1, b, battleId)] as const;
  for (const s of seats) await s.ready();
  const started = await rig.request(0, `/api/battles/${battleId}/start`, { method: 'POST', player: a });
  assert.equal(started.status, 200, JSON.stringify(started.body));
  return { battleId, seats, endsAt: new Date(started.body.endsAt) };
}

/**
 * Reports `passed` for `from`'s player on `from`'s instance until `to`'s player, on the other
 * instance, hears it: once is enough while Redis is healthy; just after a failover a report may
 * go out before the adapters have resubscribed, so it is sent again (each time a 204).
 */
async function deliveredAcross(rig: BattleRig, battleId: string, from: Seat, to: Seat, passed: number, timeoutMs: number): Promise<number> {
  const { username } = from.player;
  let reports = 0;
  await waitUntil(`${username}'s ${passed}/${TOTAL_TESTS}, reported on instance ${from.instance}, to reach instance ${to.instance}`, async () => {
    await to.ready();
    const hook = await rig.request(from.instance, `/internal/battles/${battleId}/progress`, {
      method: 'POST',
      json: { userId: from.player.id, passed, total: TOTAL_TESTS, status: 'wrong_answer' },
    });
    assert.equal(hook.status, 204, hook.text);
    reports++;
    const heard = () => to.heard.progress.some((p) => p.username === username && p.passed === passed);
    for (let waited = 0; waited < 1_000 && !heard(); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    return heard();
  }, timeoutMs);
  return reports;
}

async function endsOf(rig: BattleRig, reason: string): Promise<number> {
  return (await rig.metric(0, 'battle_ends_total', `{reason="${reason}"}`)) + (await rig.metric(1, 'battle_ends_total', `{reason="${reason}"}`));
}

describe('a battle through a Redis failover', { timeout: 600_000 }, () => {
  const supervisor = new Supervisor(process.env.EDUSCALE_VERBOSE ? process.stderr : discardOutput());
  const dataDir = mkdtempSync(join(tmpdir(), 'battle-sentinel-'));
  let sentinel: SentinelRedis;
  let fleet: ReturnType<typeof heartbeats>;
  let rig: BattleRig;
  before(async () => {
    sentinel = await startRedisWithSentinels(supervisor, { dataDir });
    fleet = heartbeats(sentinel.location);
    rig = await startBattleRig({
      instances: 2,
      // Real processes, as deployed: each has its own clients to find the new primary with.
      processes: true,
      redisUrl: sentinel.location,
      env: {
        REDIS_PREFIX: PREFIX,
        BATTLE_DURATION_SECONDS: String(BATTLE_SECONDS),
        GRADER_HEARTBEAT_KEY: HEARTBEAT_KEY,
        // A failover takes seconds; heartbeats go stale only after a minute, so no clock stops
        // for want of grading here (that path is battles.faults.test.ts').
        GRADER_STALE_MS: '60000',
        GRADING_WATCH_INTERVAL_MS: '500',
        BATTLE_SWEEP_INTERVAL_MS: '1000',
      },
    });
  });
  after(async () => {
    fleet?.stop();
    await rig?.close();
    await supervisor.stopAll();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses no progress, no end and no rating, and doubles none, when the primary is killed mid-battle', async (t) => {
    const [alice, bob] = (await rig.createPlayers(2)) as [Player, Player];
    const { battleId, seats, endsAt } = await seatedBattle(rig, alice, bob);
    const [aliceSeat, bobSeat] = seats;
    await deliveredAcross(rig, battleId, aliceSeat, bobSeat, 2, 30_000);
    await deliveredAcross(rig, battleId, bobSeat, aliceSeat, 1, 30_000);
    // The failover under test keeps what was replicated: the deadline job is on the replica too.
    await waitUntil('the deadline job to reach the replica', async () => (await askRedis(sentinel.ports.replica, (c) => c.exists(deadlineJobKey(battleId)))) === 1, 30_000);

    await sentinel.killPrimary();
    await sentinel.waitForPromotion();

    // The adapters find the new primary and resubscribe: reports cross the instances both ways.
    const reports = [await deliveredAcross(rig, battleId, aliceSeat, bobSeat, 3, 60_000), await deliveredAcross(rig, battleId, bobSeat, aliceSeat, 4, 60_000)];
    const during = await rig.request(1, `/api/battles/${battleId}`, { player: bob });
    assert.equal(during.body.status, 'running', `the failover outlasted the ${BATTLE_SECONDS} s battle: raise BATTLE_SECONDS`);
    t.diagnostic(`after the promotion: ${reports.join(' and ')} report(s) until one crossed each way, ${((endsAt.getTime() - Date.now()) / 1000).toFixed(1)} s of the battle left`);

    // Bob's 4 of 5, reported after the failover, beats Alice's 3.
    await waitUntil('both players to hear the end', async () => {
      await Promise.all(seats.map((s) => s.ready()));
      return seats.every((s) => s.heard.ends.length > 0);
    }, 150_000);
    for (const s of seats) {
      const [ended] = s.heard.ends;
      assert.equal(ended?.winner, bob.username, `${s.player.username}'s battle:end`);
      assert.equal(ended.reason, 'deadline');
      assert.ok(ended.ratings[bob.username]!.after > ended.ratings[alice.username]!.after);
    }

    // Once, on time: at the deadline it was given at the start (no clock stopped), by its job (not the overdue sweep).
    const [battle] = await rig.sql<{ status: string; winnerId: string; endReason: string; endsAt: Date; finishedAt: Date }[]>`
      select status, winner_id, end_reason, ends_at, finished_at from battles where id = ${battleId}`;
    assert.ok(battle);
    assert.deepEqual({ status: battle.status, winnerId: battle.winnerId, endReason: battle.endReason }, { status: 'finished', winnerId: bob.id, endReason: 'deadline' });
    assert.equal(battle.endsAt.getTime(), endsAt.getTime(), 'the deadline never moved');
    assert.ok(battle.finishedAt.getTime() >= endsAt.getTime(), 'not ended before its deadline');
    assert.equal(await endsOf(rig, 'deadline'), 1, 'ended once, by the deadline job');
    assert.equal(await endsOf(rig, 'overdue'), 0, 'the deadline job survived the failover: the overdue sweep had nothing to end');

    // One result and one rating change per player.
    const players = await rig.sql<{ userId: string; passed: number; rank: number; seasonPoints: number; changes: number; battles: number; moved: boolean }[]>`
      select p.user_id, p.passed, p.rank, p.season_points,
        (select count(*)::int from rating_history h where h.user_id = p.user_id) as changes,
        r.battles, r.mu = h.mu_after as moved
      from battle_players p
      join player_ratings r on r.user_id = p.user_id
      join rating_history h on h.user_id = p.user_id and h.battle_id = p.battle_id
      where p.battle_id = ${battleId}
      order by p.rank`;
    assert.deepEqual([...players], [
      { userId: bob.id, passed: 4, rank: 1, seasonPoints: 10, changes: 1, battles: 1, moved: true },
      { userId: alice.id, passed: 3, rank: 2, seasonPoints: 2, changes: 1, battles: 1, moved: true },
    ]);

    // A new battle after the failover: started once, its deadline on the promoted primary, progress across.
    const next = await seatedBattle(rig, bob, alice);
    const [starts] = await rig.sql<{ count: number }[]>`select count(*)::int as count from battle_starts where battle_id = ${next.battleId}`;
    assert.equal(starts?.count, 1);
    assert.equal(await askRedis(sentinel.ports.replica, (c) => c.exists(deadlineJobKey(next.battleId))), 1, 'the new deadline is on the promoted primary');
    await deliveredAcross(rig, next.battleId, next.seats[1], next.seats[0], 1, 30_000);
    const battles = await rig.sql<{ status: string }[]>`
      select b.status from battles b join battle_players p on p.battle_id = b.id where p.user_id = ${alice.id} order by b.created_at`;
    assert.deepEqual(battles.map((b) => b.status), ['finished', 'running']);

    // By now a second end of the first battle would have been heard: none was.
    for (const s of seats) assert.equal(s.heard.ends.length, 1, `${s.player.username} heard one battle:end`);
    const reconnects = [...seats, ...next.seats].reduce((sum, s) => sum + s.reconnects, 0);
    t.diagnostic(`socket reconnects during the failover: ${reconnects}`);
  });
});
