import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DIFFICULTIES, LANGUAGES } from '@eduscale/contracts';
import { DIFFICULTY_LABELS, DIFFICULTY_ORDER, LANGUAGE_LABELS } from './labels.ts';

describe('the labels islands show', () => {
  it('list the difficulties in the contracts\' order, easiest first', () => {
    assert.deepEqual(DIFFICULTY_ORDER, [...DIFFICULTIES]);
    assert.deepEqual(DIFFICULTY_ORDER.map((d) => DIFFICULTY_LABELS[d]), ['Easy', 'Medium', 'Hard']);
  });

  it('name every language the contracts know, each differently', () => {
    assert.deepEqual(Object.keys(LANGUAGE_LABELS).sort(), [...LANGUAGES].sort());
    assert.equal(new Set(Object.values(LANGUAGE_LABELS)).size, LANGUAGES.length);
  });
});
