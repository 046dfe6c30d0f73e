import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DIFFICULTIES, LANGUAGES } from '@eduscale/contracts';
import { readCatalogue } from './content.ts';

const CORE_TOPICS = ['strings', 'arrays', 'hashing', 'sorting', 'graphs', 'dp'];
const catalogue = await readCatalogue();

describe('the catalogue in content/assignments', () => {
  it('has at least 40 assignments, 3 of each difficulty and every core topic, including add-two-numbers', () => {
    assert.ok(catalogue.length >= 40, `only ${catalogue.length} assignments`);
    for (const difficulty of DIFFICULTIES) {
      assert.ok(catalogue.filter((a) => a.difficulty === difficulty).length >= 3, `fewer than 3 ${difficulty} assignments`);
    }
    const tags = new Set(catalogue.flatMap((a) => a.tags));
    assert.deepEqual(CORE_TOPICS.filter((topic) => !tags.has(topic)), []);
    assert.ok(catalogue.some((a) => a.slug === 'add-two-numbers'));
  });

  it('has Python and C++ reference solutions everywhere, and all eight languages for add-two-numbers and two more', () => {
    assert.deepEqual(catalogue.filter((a) => !a.solutions.python || !a.solutions.cpp).map((a) => a.slug), []);
    const complete = catalogue.filter((a) => LANGUAGES.every((language) => a.solutions[language] !== undefined)).map((a) => a.slug);
    assert.ok(complete.includes('add-two-numbers') && complete.length >= 30, `complete: ${complete.join(', ')}`);
  });

  it('has at least 6 hidden tests everywhere', () => {
    assert.deepEqual(catalogue.filter((a) => a.hidden.length < 6).map((a) => a.slug), []);
  });
});
