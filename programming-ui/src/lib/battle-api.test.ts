import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conflictingBattle, roomHref } from './battle-api.ts';

describe('the battle a refused challenge points at', () => {
  it('is the battleId of a 409 problem', () => {
    assert.equal(conflictingBattle({ type: 'https://eduscale.dev/problems/conflict', title: 'Conflict', status: 409, battleId: 'b1' } as never), 'b1');
  });

  it('is none for another status, or a battleId that is not a string', () => {
    assert.equal(conflictingBattle({ type: 'about:blank', title: 'Bad', status: 400, battleId: 'b1' } as never), null);
    assert.equal(conflictingBattle({ type: 'about:blank', title: 'Conflict', status: 409, battleId: 42 } as never), null);
    assert.equal(conflictingBattle({ type: 'about:blank', title: 'Conflict', status: 409 }), null);
  });
});

describe('a battle room\'s address', () => {
  it('keeps the id inside its path segment', () => {
    assert.equal(roomHref('3b241101-e2bb-4255-8caf-4136c566a962'), '/battles/3b241101-e2bb-4255-8caf-4136c566a962');
    assert.equal(roomHref('../admin?x=1#y'), '/battles/..%2Fadmin%3Fx%3D1%23y');
  });
});
