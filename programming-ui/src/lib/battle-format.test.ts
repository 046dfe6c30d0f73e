import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BattleState } from '@eduscale/contracts';
import {
  endReasonText,
  formatClock,
  formatDelta,
  formatRating,
  formatSeason,
  isInFlight,
  opponentNames,
  opponentsOf,
  outcomeFor,
  progressStatusLabel,
} from './battle-format.ts';

describe('the battle clock', () => {
  it('shows minutes and seconds, rounding a started second up', () => {
    assert.deepEqual([247_000, 9_000, 8_001, 3_600_000].map(formatClock), ['4:07', '0:09', '0:09', '60:00']);
  });

  it('never shows a negative time once the deadline has passed', () => {
    assert.deepEqual([0, -5, -60_000].map(formatClock), ['0:00', '0:00', '0:00']);
  });
});

describe('ratings and their changes', () => {
  it('show one decimal, with a real minus sign below zero', () => {
    assert.deepEqual([-2.34, 0, 12.36].map(formatRating), ['−2.3', '0.0', '12.4']);
  });

  it('show a change with its sign, and ±0.0 for one that rounds to nothing', () => {
    assert.deepEqual([4.66, -2.3, 0.04, -0.04, 0].map(formatDelta), ['+4.7', '−2.3', '±0.0', '±0.0', '±0.0']);
  });
});

describe('the outcome of a battle for a player', () => {
  it('is a victory for the winner, a defeat for the others, and a draw with no winner', () => {
    assert.equal(outcomeFor('ada', 'ada'), 'victory');
    assert.equal(outcomeFor('ada', 'linus'), 'defeat');
    assert.equal(outcomeFor('ada', null), 'draw');
  });
});

describe('why a battle ended, told to a player', () => {
  it('says "You" to the winner who solved it first, and names the winner to the others', () => {
    assert.equal(endReasonText('solved', 'ada', 'ada'), 'You passed every test first.');
    assert.equal(endReasonText('solved', 'ada', 'linus'), 'ada passed every test first.');
  });

  it('tells the one who stayed that the opponent forfeited, and the others that a player did', () => {
    assert.equal(endReasonText('forfeit', 'ada', 'ada'), 'Your opponent left the battle and forfeited.');
    assert.equal(endReasonText('forfeit', 'ada', 'linus'), 'A player left the battle and forfeited.');
  });

  it('explains the ranking after the deadline or when everyone finished, and an unrated draw when grading was down', () => {
    assert.match(endReasonText('deadline', 'ada', 'ada'), /^Time ran out: ranked by tests passed/);
    assert.match(endReasonText('all_finished', null, 'ada'), /^Everyone finished: ranked by tests passed/);
    assert.match(endReasonText('grading_unavailable', null, 'ada'), /draw.*Ratings are unchanged/);
  });

  it('says only that it is over when no reason is known', () => {
    assert.equal(endReasonText(null, null, 'ada'), 'The battle is over.');
  });
});

describe('a submission\'s status in battle:progress', () => {
  it('reads as queued, running, or the verdict\'s label, and an unknown status as itself', () => {
    assert.deepEqual(['queued', 'running', 'wrong_answer', 'accepted', 'something_new'].map(progressStatusLabel), ['Queued', 'Running tests', 'Wrong answer', 'Accepted', 'something_new']);
  });

  it('reads a status named like an object\'s own property ("toString", "constructor") as itself', () => {
    assert.deepEqual(['toString', 'constructor', '__proto__'].map(progressStatusLabel), ['toString', 'constructor', '__proto__']);
  });

  it('is in flight only while queued or running', () => {
    assert.deepEqual(['queued', 'running', 'accepted', 'wrong_answer', 'toString', 'constructor'].map(isInFlight), [true, true, false, false, false, false]);
  });
});

describe('the other players of a battle', () => {
  it('are everyone but me', () => {
    const player = { rating: 0, passed: 0, total: 0, finishedAt: null, forfeited: false, connected: true, result: null };
    const state = { players: ['ada', 'linus', 'grace'].map((username) => ({ ...player, username })) } as BattleState;
    assert.deepEqual(opponentsOf(state, 'linus'), ['ada', 'grace']);
  });

  it('are named as a list in English, or "nobody"', () => {
    assert.deepEqual([[], ['ada'], ['ada', 'linus'], ['ada', 'linus', 'grace']].map(opponentNames), ['nobody', 'ada', 'ada and linus', 'ada, linus and grace']);
  });
});

describe('a season', () => {
  it('is shown as its month and year, or as written when it is not YYYY-MM', () => {
    assert.deepEqual(['2026-11', '2026-01', 'garbage'].map(formatSeason), ['November 2026', 'January 2026', 'garbage']);
  });
});
