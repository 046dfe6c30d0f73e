import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { REPO_ROOT } from '@eduscale/test-kit/paths';
import { nextEvent, runningBattle, startBattleRig, type BattleClient, type BattleRig, type Player } from './battle-rig.ts';

const ASSIGNMENT = 'add-two-numbers';
const CORRECT = readFileSync(join(REPO_ROOT, 'content/assignments', ASSIGNMENT, 'solutions/main.py'), 'utf8');
const VERDICTS = /^(accepted|wrong_answer|time_limit_exceeded|memory_limit_exceeded|output_limit_exceeded|runtime_error|compilation_error|internal_error)$/;

/** The battle's state once it has finished, asked of one instance every 200 ms. */
async function finishedState(rig: BattleRig, instance: number, battleId: string, player: Player, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await rig.request(instance, `/api/battles/${battleId}`, { player });
    assert.equal(state.status, 200, state.text);
    if (state.body.status === 'finished') return state.body as { winner: string | null; endReason: string };
    if (Date.now() > deadline) assert.fail(`battle ${battleId} is still ${state.body.status} after ${timeoutMs} ms`);
    await sleep(200);
  }
}

describe('playing a 1v1 with real grading', () => {
  let rig: BattleRig;
  before(async () => {
    rig = await startBattleRig({ instances: 2, database: 'stack' });
  });
  after(() => rig?.close());

  it('gives the battle to the first player to pass every test, tells both instances, and raises the winner\'s rating', async () => {
    const [alice, bob] = await rig.createPlayers(2);
    const { battleId, sockets } = await runningBattle(rig, alice!, bob!, { assignment: ASSIGNMENT, instances: [0, 1] });
    const [aliceSocket, bobSocket] = sockets as [BattleClient, BattleClient];
    const ends = sockets.map((s) => nextEvent(s, 'battle:end', (e) => e.battleId === battleId, 90_000));

    // Bob's wrong answer is graded and counted, and the battle goes on.
    const bobFinal = nextEvent(aliceSocket, 'battle:progress', (p) => p.username === bob!.username && VERDICTS.test(p.status), 60_000);
    const wrong = await rig.request(1, `/api/battles/${battleId}/submissions`, { method: 'POST', player: bob, json: { language: 'python', code: `print(0)  # ${randomUUID()}\n` } });
    assert.equal(wrong.status, 202, JSON.stringify(wrong.body));
    assert.match(wrong.body.id, /^[0-9a-f-]{36}$/);
    assert.notEqual((await bobFinal).status, 'accepted');
    assert.equal((await rig.request(0, `/api/battles/${battleId}`, { player: alice })).body.status, 'running');

    // Alice's correct code (fresh, so really graded): progress as tests pass on Bob's instance, then the end.
    const aliceRunning = nextEvent(bobSocket, 'battle:progress', (p) => p.username === alice!.username && p.status === 'running' && p.passed > 0, 60_000);
    const finalState = nextEvent(bobSocket, 'battle:state', (s) => s.id === battleId && s.status === 'finished', 90_000);
    const right = await rig.request(0, `/api/battles/${battleId}/submissions`, { method: 'POST', player: alice, json: { language: 'python', code: `${CORRECT}\n# ${randomUUID()}\n` } });
    assert.equal(right.status, 202, JSON.stringify(right.body));
    assert.ok((await aliceRunning).total > 0);

    const [aliceEnd, bobEnd] = await Promise.all(ends);
    assert.deepEqual(aliceEnd, bobEnd);
    assert.equal(aliceEnd!.winner, alice!.username);
    const { [alice!.username]: aliceRating, [bob!.username]: bobRating } = aliceEnd!.ratings;
    assert.ok(aliceRating && bobRating);
    assert.equal(aliceRating.before, 0);
    assert.ok(aliceRating.after > aliceRating.before, JSON.stringify(aliceEnd));
    assert.ok(bobRating.after < aliceRating.after, JSON.stringify(aliceEnd));
    const state = await finalState;
    assert.equal(state.winner, alice!.username);
    const alicePlayer = state.players.find((p) => p.username === alice!.username);
    assert.ok(alicePlayer && alicePlayer.total > 0, JSON.stringify(state.players));
    assert.equal(alicePlayer.passed, alicePlayer.total);
    assert.ok(alicePlayer?.finishedAt);

    const [history] = await rig.sql<{ count: number }[]>`select count(*)::int as count from rating_history where battle_id = ${battleId}`;
    assert.equal(history!.count, 2);
    const late = await rig.request(1, `/api/battles/${battleId}/submissions`, { method: 'POST', player: bob, json: { language: 'python', code: CORRECT } });
    assert.equal(late.status, 409);
    assert.match(late.body.type, /conflict/);

    const board = await rig.request(1, '/api/battles/leaderboard?limit=100');
    assert.equal(board.status, 200);
    const entry = board.body.items.find((i: { username: string }) => i.username === alice!.username);
    assert.equal(entry?.rating, aliceRating.after);
  });

  it('counts a result programming-api reuses (no regrading) at once, and refuses outsiders and bad bodies', async () => {
    const [alice, bob, eve] = await rig.createPlayers(3);
    const first = await runningBattle(rig, alice!, bob!, { assignment: ASSIGNMENT, instances: [1, 0] });
    const firstEnd = nextEvent(first.sockets[1]!, 'battle:end', (e) => e.battleId === first.battleId, 60_000);
    assert.equal((await rig.request(0, `/api/battles/${first.battleId}/submissions`, { method: 'POST', player: eve, json: { language: 'python', code: CORRECT } })).status, 403);
    const invalid = await rig.request(0, `/api/battles/${first.battleId}/submissions`, { method: 'POST', player: bob, json: { language: 'cobol', code: '' } });
    assert.equal(invalid.status, 400);
    assert.match(invalid.body.type, /invalid-request/);
    assert.equal((await rig.request(0, `/api/battles/${first.battleId}/submissions`, { method: 'POST', player: bob, json: { language: 'python', code: CORRECT } })).status, 202);
    assert.equal((await firstEnd).winner, bob!.username);

    // The same code again, in another battle: graded already, so it wins without a grader.
    const second = await runningBattle(rig, eve!, alice!, { assignment: ASSIGNMENT, instances: [0, 1] });
    const secondEnd = nextEvent(second.sockets[1]!, 'battle:end', (e) => e.battleId === second.battleId, 5_000);
    assert.equal((await rig.request(1, `/api/battles/${second.battleId}/submissions`, { method: 'POST', player: eve, json: { language: 'python', code: CORRECT } })).status, 202);
    const [reused] = await rig.sql<{ reused: boolean }[]>`select s.reused from battle_submissions b join submissions s on s.id = b.submission_id where b.battle_id = ${second.battleId}`;
    assert.equal(reused?.reused, true);
    assert.equal((await secondEnd).winner, eve!.username);
  });
});

describe('when the instance that took a winning submission dies mid-grading', () => {
  let rig: BattleRig;
  before(async () => {
    // Processes: one is SIGKILLed.
    rig = await startBattleRig({ instances: 2, database: 'stack', env: { BATTLE_SWEEP_INTERVAL_MS: '500' }, processes: true });
  });
  after(() => rig?.close());

  it('another instance applies the result and ends the 1v1 long before its deadline', async () => {
    const [alice, bob] = await rig.createPlayers(2);
    const { battleId, endsAt } = await runningBattle(rig, alice!, bob!, { assignment: ASSIGNMENT, instances: [0, 1] });
    const right = await rig.request(0, `/api/battles/${battleId}/submissions`, { method: 'POST', player: alice, json: { language: 'python', code: `${CORRECT}\n# ${randomUUID()}\n` } });
    assert.equal(right.status, 202, JSON.stringify(right.body));
    await rig.kill(0);

    // Read from the row, not awaited as battle:end: the stack's own battle servers share this
    // database and sweep it too, and one of them may apply the result first (its battle:end
    // goes out under the stack's Redis prefix, which this test's sockets do not hear).
    const ended = await finishedState(rig, 1, battleId, alice!, 60_000);
    assert.equal(ended.winner, alice!.username);
    assert.equal(ended.endReason, 'solved');
    assert.ok(endsAt.getTime() - Date.now() > 60_000, 'ended by the result, not the deadline');
  });
});

describe('battle deadlines', () => {
  let rig: BattleRig;
  before(async () => {
    // Processes: one is SIGKILLed.
    rig = await startBattleRig({ instances: 2, env: { BATTLE_DURATION_SECONDS: '3' }, processes: true });
  });
  after(() => rig?.close());

  it('ranks by tests passed when time runs out', async () => {
    const [alice, bob] = await rig.createPlayers(2);
    const { battleId, sockets } = await runningBattle(rig, alice!, bob!, { instances: [0, 1] });
    const end = nextEvent(sockets[1]!, 'battle:end', (e) => e.battleId === battleId, 10_000);
    const hook = await rig.request(1, `/internal/battles/${battleId}/progress`, { method: 'POST', json: { userId: bob!.id, passed: 2, total: 5, status: 'wrong_answer' } });
    assert.equal(hook.status, 204);
    const ended = await end;
    assert.equal(ended.winner, bob!.username);
    assert.ok(ended.ratings[bob!.username]!.after > ended.ratings[alice!.username]!.after);
  });

  it('ends at its deadline in a draw, on the other instance, when the instance that started it was killed', async () => {
    const [alice, bob] = await rig.createPlayers(2);
    const endedByJobBefore = await rig.metric(1, 'battle_ends_total', '{reason="deadline"}');
    const { battleId, sockets, endsAt } = await runningBattle(rig, alice!, bob!, { instances: [0, 1] });
    const end = nextEvent(sockets[1]!, 'battle:end', (e) => e.battleId === battleId, 10_000);
    const state = nextEvent(sockets[1]!, 'battle:state', (s) => s.id === battleId && s.status === 'finished', 10_000);
    await rig.kill(0);
    const ended = await end;
    assert.equal(ended.winner, null);
    assert.deepEqual(Object.keys(ended.ratings).sort(), [alice!.username, bob!.username].sort());
    assert.equal((await state).winner, null);
    const [row] = await rig.sql<{ finishedAt: Date }[]>`select finished_at from battles where id = ${battleId}`;
    // On time, by the delayed job on the surviving instance (not the overdue sweep).
    assert.ok(row!.finishedAt.getTime() - endsAt.getTime() < 2_000, `ended ${row!.finishedAt.getTime() - endsAt.getTime()} ms late`);
    assert.equal(await rig.metric(1, 'battle_ends_total', '{reason="deadline"}'), endedByJobBefore + 1);
  });
});
