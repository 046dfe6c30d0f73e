import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formGroups, pairPlayers, type MatchRules } from './matcher.ts';
import type { Ticket } from './matchmaking.queue.ts';

const rules: MatchRules = { windowBase: 5, windowGrowth: 2.5, windowStepMs: 5_000, groupFillMs: 10_000, groupMin: 3, groupMax: 8 };
const NOW = 1_000_000;
const ticket = (userId: string, rating: number, waitedMs = 0): Ticket => ({ userId, ticket: `t-${userId}`, rating, enqueuedAt: NOW - waitedMs, language: null });
const ids = (matches: Ticket[][]) => matches.map((m) => m.map((t) => t.userId).sort());

describe('pairPlayers', () => {
  it('pairs the closest ratings first', () => {
    assert.deepEqual(ids(pairPlayers([ticket('a', 0), ticket('b', 4), ticket('c', 4.5), ticket('d', 30)], rules, NOW)), [['b', 'c']]);
  });

  it('widens the window the longer a player waits', () => {
    const queued = [ticket('a', 0, 0), ticket('b', 9, 0)];
    assert.deepEqual(pairPlayers(queued, rules, NOW), []);
    assert.deepEqual(ids(pairPlayers([ticket('a', 0, 10_000), ticket('b', 9, 0)], rules, NOW)), [['a', 'b']]);
  });

  it('pairs everyone of equal rating, each once', () => {
    const pairs = pairPlayers(Array.from({ length: 20 }, (_, i) => ticket(`p${i}`, 0)), rules, NOW);
    assert.equal(pairs.length, 10);
    assert.equal(new Set(pairs.flat().map((t) => t.userId)).size, 20);
  });
});

describe('formGroups', () => {
  it('waits for the fill window, then takes 3 to 8 oldest', () => {
    assert.deepEqual(formGroups([ticket('a', 0, 9_000), ticket('b', 0), ticket('c', 0)], rules, NOW), []);
    assert.deepEqual(formGroups([ticket('a', 0, 10_000), ticket('b', 0)], rules, NOW), []);
    assert.deepEqual(ids(formGroups([ticket('a', 0, 10_000), ticket('b', 0), ticket('c', 0)], rules, NOW)), [['a', 'b', 'c']]);
    const ten = Array.from({ length: 10 }, (_, i) => ticket(`p${i}`, 0, 20_000 - i));
    assert.deepEqual(formGroups(ten, rules, NOW).map((g) => g.length), [8]);
  });
});
