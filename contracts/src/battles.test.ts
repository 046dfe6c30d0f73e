import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BattleJoin, BattleProgress, BattleState, BattleSubmissionRequest, CreateBattleRequest, QueueRequest, RatingLeaderboard } from './battles.ts';

const BATTLE_ID = '3b241101-e2bb-4255-8caf-4136c566a962';

describe('a challenge', () => {
  it('names an opponent by username, and an assignment or none', () => {
    assert.deepEqual(CreateBattleRequest.parse({ opponent: 'bob' }), { opponent: 'bob' });
    assert.deepEqual(CreateBattleRequest.parse({ opponent: 'bob', assignment: 'two-sum' }), { opponent: 'bob', assignment: 'two-sum' });
  });

  it('is refused for a name no user can have, an assignment no slug can be, or a stray field', () => {
    const refused = [{ opponent: 'b' }, { opponent: 'bob\0' }, { opponent: 'bob', assignment: 'Two Sum' }, { opponent: 'bob', mode: 'group' }, {}];
    assert.equal(refused.length, 5);
    for (const request of refused) assert.equal(CreateBattleRequest.safeParse(request).success, false, JSON.stringify(request));
  });
});

describe('joining the matchmaking queue', () => {
  it('takes a mode and, as a preference, a language', () => {
    assert.deepEqual(QueueRequest.parse({ mode: '1v1' }), { mode: '1v1' });
    assert.deepEqual(QueueRequest.parse({ mode: 'group', language: 'rust' }), { mode: 'group', language: 'rust' });
    assert.equal(QueueRequest.safeParse({ mode: 'solo' }).success, false);
    assert.equal(QueueRequest.safeParse({ mode: '1v1', language: 'cobol' }).success, false);
  });
});

describe('a battle submission', () => {
  it('is held to the same source code rules as any submission: no NUL byte, not empty', () => {
    assert.deepEqual(BattleSubmissionRequest.parse({ language: 'python', code: 'print(1)' }), { language: 'python', code: 'print(1)' });
    assert.equal(BattleSubmissionRequest.safeParse({ language: 'python', code: 'print(1)\0' }).success, false);
    assert.equal(BattleSubmissionRequest.safeParse({ language: 'python', code: '' }).success, false);
    assert.equal(BattleSubmissionRequest.safeParse({ language: 'python', code: 'print(1)', assignment: 'two-sum' }).success, false);
  });
});

describe('the battle:join payload', () => {
  it('is a battle id that is a UUID, and nothing more', () => {
    assert.deepEqual(BattleJoin.parse({ battleId: BATTLE_ID }), { battleId: BATTLE_ID });
    for (const payload of [{ battleId: 'nope' }, { battleId: `${BATTLE_ID}'--` }, { battleId: BATTLE_ID, as: 'admin' }, {}]) {
      assert.equal(BattleJoin.safeParse(payload).success, false, JSON.stringify(payload));
    }
  });
});

describe('the battle:progress payload', () => {
  it('counts tests passed and total as whole numbers from 0', () => {
    const progress = { battleId: BATTLE_ID, username: 'ada', passed: 3, total: 5, status: 'running' };
    assert.deepEqual(BattleProgress.parse(progress), progress);
    assert.equal(BattleProgress.safeParse({ ...progress, passed: -1 }).success, false);
    assert.equal(BattleProgress.safeParse({ ...progress, total: 2.5 }).success, false);
  });
});

describe('a battle state (GET /api/battles/:id and battle:state)', () => {
  const player = { username: 'ada', rating: 0, passed: 0, total: 0, finishedAt: null, forfeited: false, connected: true, result: null };
  const state = {
    id: BATTLE_ID,
    mode: '1v1',
    status: 'running',
    assignment: 'two-sum',
    players: [player, { ...player, username: 'bob' }],
    winner: null,
    startedAt: '2026-12-02T08:00:00.000Z',
    endsAt: '2026-12-02T08:10:00.000Z',
    pausedAt: null,
    endReason: null,
  };

  it('is accepted while running, and once finished with a winner, a reason and each player\'s result', () => {
    assert.deepEqual(BattleState.parse(state), state);
    const result = { rank: 1, ratingBefore: 0, ratingAfter: 4.2, seasonPoints: 10 };
    const finished = { ...state, status: 'finished', winner: 'ada', endReason: 'solved', players: [{ ...player, result }, { ...player, username: 'bob', result: { ...result, rank: 2, ratingAfter: -3.1, seasonPoints: 0 } }] };
    assert.deepEqual(BattleState.parse(finished), finished);
  });

  it('ends only for one of the five reasons', () => {
    const reasons = ['solved', 'all_finished', 'deadline', 'forfeit', 'grading_unavailable'];
    assert.equal(reasons.length, 5);
    for (const endReason of reasons) assert.equal(BattleState.safeParse({ ...state, status: 'finished', endReason }).success, true, endReason);
    assert.equal(BattleState.safeParse({ ...state, status: 'finished', endReason: 'timeout' }).success, false);
  });

  it('is refused with a status it cannot have or a rank below 1', () => {
    assert.equal(BattleState.safeParse({ ...state, status: 'paused' }).success, false);
    assert.equal(BattleState.safeParse({ ...state, players: [{ ...player, result: { rank: 0, ratingBefore: 0, ratingAfter: 0, seasonPoints: 0 } }] }).success, false);
  });
});

describe('the rating leaderboard', () => {
  it('ranks from 1 and never gives negative season points', () => {
    const board = { board: 'season', season: '2026-12', items: [{ rank: 1, username: 'ada', rating: -1.5, seasonPoints: 10 }] };
    assert.deepEqual(RatingLeaderboard.parse(board), board);
    assert.equal(RatingLeaderboard.safeParse({ ...board, items: [{ ...board.items[0], rank: 0 }] }).success, false);
    assert.equal(RatingLeaderboard.safeParse({ ...board, items: [{ ...board.items[0], seasonPoints: -1 }] }).success, false);
    assert.equal(RatingLeaderboard.safeParse({ ...board, board: 'elo' }).success, false);
  });
});
