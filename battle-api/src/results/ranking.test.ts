import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rankStandings, seasonPoints, winnerOf } from './ranking.ts';

const at = (s: number) => new Date(Date.UTC(2025, 0, 1, 0, 0, s));
const player = (username: string, passed: number, passedAt: Date | null, forfeitedAt: Date | null = null) => ({ userId: username, username, passed, passedAt, finishedAt: null, forfeitedAt, presentAt: at(0) });

describe('ranking a battle', () => {
  it('puts more tests passed first, then whoever reached it first', () => {
    const ranked = rankStandings([player('c', 3, at(5)), player('a', 5, at(9)), player('b', 3, at(2))]);
    assert.deepEqual(ranked.map((r) => [r.username, r.rank]), [['a', 1], ['b', 2], ['c', 3]]);
    assert.equal(winnerOf(ranked)?.username, 'a');
  });

  it('makes a draw of players who passed nothing', () => {
    const ranked = rankStandings([player('a', 0, null), player('b', 0, null)]);
    assert.deepEqual(ranked.map((r) => r.rank), [1, 1]);
    assert.equal(winnerOf(ranked), null);
  });

  it('shares a rank between exact ties and skips the next', () => {
    const ranked = rankStandings([player('a', 2, at(1)), player('b', 2, at(1)), player('c', 1, at(0))]);
    assert.deepEqual(ranked.map((r) => r.rank), [1, 1, 3]);
  });

  it('ranks a player who forfeited last, whatever they had passed', () => {
    const ranked = rankStandings([player('quitter', 5, at(1), at(3)), player('stayer', 1, at(2))]);
    assert.deepEqual(ranked.map((r) => [r.username, r.rank]), [['stayer', 1], ['quitter', 2]]);
    assert.equal(winnerOf(ranked)?.username, 'stayer');
  });
});

describe('season points', () => {
  const points = (ranked: ReturnType<typeof rankStandings>, calledOff = false) => ranked.map((r) => seasonPoints(r, ranked, calledOff));

  it('gives a 1v1 winner 10 and the loser 2, a draw 2 each', () => {
    assert.deepEqual(points(rankStandings([player('a', 3, at(1)), player('b', 1, at(2))])), [10, 2]);
    assert.deepEqual(points(rankStandings([player('a', 0, null), player('b', 0, null)])), [2, 2]);
  });

  it('spreads a group by how many finished below, and gives nothing for a forfeit or a called-off battle', () => {
    const ranked = rankStandings([player('a', 4, at(1)), player('b', 3, at(1)), player('c', 2, at(1)), player('d', 9, at(0), at(5))]);
    assert.deepEqual(points(ranked), [10, 7, 5, 0]);
    assert.deepEqual(points(ranked, true), [0, 0, 0, 0]);
  });
});
