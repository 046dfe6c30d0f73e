import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MyBattle } from './battle-api.ts';
import { foundMatch } from './matchmaking.ts';

const SINCE = Date.parse('2026-12-02T12:00:00Z');
const at = (offsetMs: number) => new Date(SINCE + offsetMs).toISOString();
const battle = (id: string, changes: Partial<MyBattle> = {}): MyBattle => ({
  id,
  mode: '1v1',
  status: 'running',
  assignment: 'two-sum',
  opponents: ['linus'],
  challenger: null,
  winner: null,
  createdAt: at(1_000),
  endsAt: at(601_000),
  ...changes,
});

describe('the battle matchmaking found, among my battles', () => {
  const search = { mode: '1v1', since: SINCE } as const;

  it('is a running, matchmade battle of the mode searched for, made since the search began', () => {
    assert.equal(foundMatch(search, [battle('found')])?.id, 'found');
  });

  it('allows for a server clock a few seconds behind this browser\'s', () => {
    assert.equal(foundMatch(search, [battle('found', { createdAt: at(-4_000) })])?.id, 'found');
    assert.equal(foundMatch(search, [battle('older', { createdAt: at(-6_000) })]), undefined);
  });

  it('is none of a direct challenge, a battle of the other mode, or one that is not running', () => {
    const others = [
      battle('challenge', { challenger: 'ada' }),
      battle('group', { mode: 'group' }),
      battle('finished', { status: 'finished', winner: 'ada' }),
      battle('invited', { status: 'invited' }),
    ];
    assert.equal(others.length, 4);
    assert.equal(foundMatch(search, others), undefined);
    assert.equal(foundMatch(search, [...others, battle('found')])?.id, 'found');
  });

  it('is none when I have no battles', () => {
    assert.equal(foundMatch(search, []), undefined);
  });
});
