import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rankStandings, winnerOf } from './ranking.ts';

const at = (s: number) => new Date(Date.UTC(2025, 0, 1, 0, 0, s));
const player = (username: string, passed: number, passedAt: Date | null) => ({ userId: username, username, passed, passedAt, finishedAt: null });

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
});
