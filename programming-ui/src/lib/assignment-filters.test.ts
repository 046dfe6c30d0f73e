import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AssignmentSummary } from '@eduscale/contracts';
import { filtersFromUrl, matchesFilters, writeFiltersToUrl, type AssignmentFilters } from './assignment-filters.ts';

const NONE: AssignmentFilters = { query: '', difficulty: 'all', tag: '', status: 'all' };
const TWO_SUM: AssignmentSummary = { slug: 'two-sum', title: 'Two Sum', difficulty: 'easy', languages: ['python'], points: 100, tags: ['arrays', 'hashing'] };
const SHORTEST_PATH: AssignmentSummary = { slug: 'shortest-path', title: 'Shortest Path', difficulty: 'hard', languages: ['cpp'], points: 300, tags: ['graphs'] };
const CATALOGUE = [TWO_SUM, SHORTEST_PATH];

const matching = (filters: Partial<AssignmentFilters>, solved: ReadonlySet<string> | null = null) =>
  CATALOGUE.filter((a) => matchesFilters(a, { ...NONE, ...filters }, solved)).map((a) => a.slug);

describe('filters read from a shared URL', () => {
  it('take q, difficulty, tag and status from the query', () => {
    const url = new URL('https://eduscale.example/assignments?q=sum&difficulty=hard&tag=graphs&status=solved');
    assert.deepEqual(filtersFromUrl(url), { query: 'sum', difficulty: 'hard', tag: 'graphs', status: 'solved' });
  });

  it('fall back to "all" for a difficulty or status that does not exist, and to nothing when absent', () => {
    assert.deepEqual(filtersFromUrl(new URL('https://eduscale.example/assignments?difficulty=impossible&status=maybe')), NONE);
    assert.deepEqual(filtersFromUrl(new URL('https://eduscale.example/assignments')), NONE);
  });
});

describe('filters written to the URL', () => {
  it('leave no parameter behind for an empty filter, and keep the parameters that are not filters', () => {
    const url = new URL('https://eduscale.example/assignments?q=old&difficulty=easy&page=2#list');
    assert.equal(writeFiltersToUrl(url, NONE).href, 'https://eduscale.example/assignments?page=2#list');
  });

  it('trim the query, and read back as the same filters', () => {
    const filters: AssignmentFilters = { query: '  two sum ', difficulty: 'medium', tag: 'dp', status: 'unsolved' };
    const written = writeFiltersToUrl(new URL('https://eduscale.example/assignments'), filters);
    assert.equal(written.searchParams.get('q'), 'two sum');
    assert.deepEqual(filtersFromUrl(written), { ...filters, query: 'two sum' });
  });

  it('leave the URL they were given as it was', () => {
    const url = new URL('https://eduscale.example/assignments?q=old');
    writeFiltersToUrl(url, { ...NONE, query: 'new' });
    assert.equal(url.search, '?q=old');
  });
});

describe('matching an assignment against filters', () => {
  it('keeps every assignment when nothing is filtered', () => {
    assert.deepEqual(matching({}), ['two-sum', 'shortest-path']);
  });

  it('needs every word of the query somewhere in the title, slug or tags, whatever the case', () => {
    assert.deepEqual(matching({ query: 'SUM two' }), ['two-sum']);
    assert.deepEqual(matching({ query: 'hashing' }), ['two-sum']);
    assert.deepEqual(matching({ query: 'shortest-path' }), ['shortest-path']);
    assert.deepEqual(matching({ query: 'two graphs' }), []);
    assert.deepEqual(matching({ query: '   ' }), ['two-sum', 'shortest-path']);
  });

  it('keeps only the chosen difficulty and an exact tag', () => {
    assert.deepEqual(matching({ difficulty: 'hard' }), ['shortest-path']);
    assert.deepEqual(matching({ difficulty: 'medium' }), []);
    assert.deepEqual(matching({ tag: 'arrays' }), ['two-sum']);
    assert.deepEqual(matching({ tag: 'array' }), []);
  });

  it('keeps solved or unsolved assignments for a signed-in learner', () => {
    const solved = new Set(['two-sum']);
    assert.deepEqual(matching({ status: 'solved' }, solved), ['two-sum']);
    assert.deepEqual(matching({ status: 'unsolved' }, solved), ['shortest-path']);
    assert.deepEqual(matching({ status: 'solved' }, new Set()), []);
  });

  it('ignores the solved status when nobody is signed in', () => {
    assert.deepEqual(matching({ status: 'solved' }, null), ['two-sum', 'shortest-path']);
  });
});
