/**
 * Battles when their dependencies fail: grading unavailable (no grader heartbeat, or every
 * grader's breaker open) and Redis restarted mid-battle. The graders' side of the heartbeat
 * is tested in grader-api; here the test writes the fleet's heartbeats under a key of its own,
 * so it can take grading away without stopping the stack's graders.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import type { GraderHeartbeat } from '@eduscale/contracts';
import { requireEnv } from '@eduscale/test-kit/env';
import { discardOutput, freePort, Supervisor } from '@eduscale/test-kit/processes';
import { startRedis } from '@eduscale/test-kit/servers';
import { nextEvent, runningBattle, startBattleRig, type BattleRig } from './battle-rig.ts';

/** Heartbeats of a grader fleet, in the graders' format, every 100 ms while `state` is set. */
function graderFleet(redisUrl: string, key: string) {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, retryStrategy: () => 100 });
  redis.on('error', () => {});
  let state: GraderHeartbeat['breaker'] | undefined = 'closed';
  const beat = () => {
    if (state) void redis.hset(key, 'test-grader', JSON.stringify({ breaker: state, at: Date.now() } satisfies GraderHeartbeat)).catch(() => {});
  };
  beat();
  const timer = setInterval(beat, 100);
  return {
    set(next: GraderHeartbeat['breaker'] | undefined) {
      state = next;
      beat();
    },
    stop() {
      clearInterval(timer);
      redis.disconnect();
    },
  };
}

const watchEnv = (key: string, extra: Record<string, string>) => ({
  GRADER_HEARTBEAT_KEY: key,
  GRADER_STALE_MS: '500',
  GRADING_WATCH_INTERVAL_MS: '100',
  BATTLE_SWEEP_INTERVAL_MS: '200',
  ...extra,
});

/** Two battle servers watching a grader fleet of the test's own, on the stack's Redis, set up around a describe block. */
function watchedRig(env: Record<string, string>) {
  const key = `test-graders-${randomBytes(4).toString('hex')}`;
  const setup = {} as { rig: BattleRig; fleet: ReturnType<typeof graderFleet> };
  before(async () => {
    setup.fleet = graderFleet(requireEnv('REDIS_URL'), key);
    setup.rig = await startBattleRig({ instances: 2, env: watchEnv(key, env) });
  });
  after(async () => {
    setup.fleet?.stop();
    await setup.rig?.close();
  });
  return setup;
}

describe('a battle while grading is unavailable', () => {
  const setup = watchedRig({ BATTLE_DURATION_SECONDS: '3', MAX_PAUSE_SECONDS: '600' });

  it('pauses the clock while no grader is alive, and resumes it with the lost time added', async () => {
    const { rig, fleet } = setup;
    const [alice, bob] = await rig.createPlayers(2);
    const { battleId, sockets, endsAt } = await runningBattle(rig, alice!, bob!, { instances: [0, 1] });
    const paused = nextEvent(sockets[1]!, 'battle:state', (s) => s.id === battleId && s.pausedAt !== null);
    fleet.set(undefined); // every grader gone: heartbeats go stale
    const pausedState = await paused;
    assert.equal(pausedState.status, 'running');

    // Well past the original end, it is still running: the deadline waits for grading.
    await sleep(Math.max(0, endsAt.getTime() - Date.now()) + 1500);
    assert.equal((await rig.request(0, `/api/battles/${battleId}`, { player: alice })).body.status, 'running');

    const resumed = nextEvent(sockets[0]!, 'battle:state', (s) => s.id === battleId && s.pausedAt === null && s.status === 'running');
    const end = nextEvent(sockets[0]!, 'battle:end', (e) => e.battleId === battleId, 10_000);
    fleet.set('closed');
    const resumedState = await resumed;
    const pausedFor = new Date(resumedState.endsAt!).getTime() - endsAt.getTime();
    assert.ok(pausedFor >= 1500, `the end moved ${pausedFor} ms`);

    const ended = await end;
    assert.equal(ended.reason, 'deadline');
    const [row] = await rig.sql<{ finishedAt: Date }[]>`select finished_at from battles where id = ${battleId}`;
    const late = row!.finishedAt.getTime() - new Date(resumedState.endsAt!).getTime();
    assert.ok(late >= 0 && late < 2_000, `ended ${late} ms after its moved deadline`);
  });
});

describe('a battle paused past the longest pause', () => {
  const setup = watchedRig({ BATTLE_DURATION_SECONDS: '600', MAX_PAUSE_SECONDS: '1' });

  it('is called off as a draw that moves no rating when every grader\'s breaker stays open', async () => {
    const { rig, fleet } = setup;
    const [alice, bob] = await rig.createPlayers(2);
    const { battleId, sockets } = await runningBattle(rig, alice!, bob!, { instances: [0, 1] });
    await rig.request(0, `/internal/battles/${battleId}/progress`, { method: 'POST', json: { userId: alice!.id, passed: 3, total: 5, status: 'wrong_answer' } });
    const end = nextEvent(sockets[1]!, 'battle:end', (e) => e.battleId === battleId, 10_000);
    fleet.set('open');
    const ended = await end;
    assert.equal(ended.reason, 'grading_unavailable');
    assert.equal(ended.winner, null);
    assert.deepEqual(Object.keys(ended.ratings).sort(), [alice!.username, bob!.username].sort());
    for (const rating of Object.values(ended.ratings)) assert.equal(rating.after, rating.before);
    assert.deepEqual(Object.values(ended.seasonPoints), [0, 0]);
    const [history] = await rig.sql<{ count: number }[]>`select count(*)::int as count from rating_history where battle_id = ${battleId}`;
    assert.equal(history!.count, 0);
  });
});

describe('Redis restarted mid-battle', () => {
  const supervisor = new Supervisor(discardOutput());
  const dataDir = mkdtempSync(join(tmpdir(), 'battle-redis-'));
  const key = `test-graders-${randomBytes(4).toString('hex')}`;
  let port: number;
  let redisUrl: string;
  let rig: BattleRig;
  let fleet: ReturnType<typeof graderFleet>;
  before(async () => {
    port = await freePort();
    redisUrl = await startRedis(supervisor, { dataDir, port, name: 'redis-restarted' });
    fleet = graderFleet(redisUrl, key);
    // Heartbeats survive the restart in the append-only file; stale after 5 s.
    rig = await startBattleRig({ instances: 2, redisUrl, env: watchEnv(key, { GRADER_STALE_MS: '5000', BATTLE_DURATION_SECONDS: '6' }) });
  });
  after(async () => {
    fleet?.stop();
    await rig?.close();
    await supervisor.stopAll();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps delivering progress across instances afterwards, and ends the battle on time with the right winner', async () => {
    const [alice, bob] = await rig.createPlayers(2);
    const { battleId, sockets, endsAt } = await runningBattle(rig, alice!, bob!, { instances: [0, 1] });
    const end = nextEvent(sockets[1]!, 'battle:end', (e) => e.battleId === battleId, 20_000);

    await supervisor.stop('redis-restarted'); // SIGTERM: Redis writes its append-only file and exits
    await sleep(500);
    await startRedis(supervisor, { dataDir, port, name: 'redis-restarted' });

    // The adapters resubscribe: a report on instance 1 reaches the player on instance 2.
    const delivered = (async () => {
      for (let attempt = 0; ; attempt++) {
        const progress = nextEvent(sockets[1]!, 'battle:progress', (p) => p.username === alice!.username, 500).catch(() => undefined);
        await rig.request(0, `/internal/battles/${battleId}/progress`, { method: 'POST', json: { userId: alice!.id, passed: 2, total: 5, status: 'wrong_answer' } });
        if (await progress) return attempt;
      }
    })();
    assert.ok((await delivered) < 10, 'progress flows again within a few seconds of the restart');

    const ended = await end;
    assert.equal(ended.winner, alice!.username);
    const [row] = await rig.sql<{ finishedAt: Date }[]>`select finished_at from battles where id = ${battleId}`;
    const late = row!.finishedAt.getTime() - endsAt.getTime();
    assert.ok(late < 3_000, `ended ${late} ms after its deadline`);
  });
});
