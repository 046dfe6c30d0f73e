import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { topicLabel } from './assessment-labels.ts';

describe('topicLabel', () => {
  it('turns a slug into a sentence-case label', () => {
    assert.equal(topicLabel('web-performance'), 'Web performance');
    assert.equal(topicLabel('arrays'), 'Arrays');
  });

  it('writes short abbreviations in capitals', () => {
    assert.equal(topicLabel('dp'), 'DP');
    assert.equal(topicLabel('css'), 'CSS');
  });

  it('spells known names as they are written', () => {
    assert.equal(topicLabel('javascript'), 'JavaScript');
    assert.equal(topicLabel('c-and-cpp'), 'C and C++');
  });
});
