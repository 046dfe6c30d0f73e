import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Section } from './assessment-content.schema.ts';
import { drawQuestions, mulberry32, type Candidate } from './attempt-draw.ts';

const section = (title: string, kind: Section['kind'], count: number, points: number): Section => ({ title, kind, topics: ['t'], difficulties: ['easy', 'medium', 'hard'], count, points });
const candidate = (source: string, kind: Candidate['kind'] = 'choice'): Candidate => ({ kind, source, title: source, prompt: `about ${source}`, topic: 't', difficulty: 'easy' });
const pool = (...sources: string[]) => sources.map((source) => candidate(source));

describe('drawing an attempt', () => {
  it('gives the same questions in the same order for the same seed, whatever order the pool came in', () => {
    const sections = [{ section: section('A', 'choice', 3, 10), pool: pool('a', 'b', 'c', 'd', 'e', 'f') }];
    const reversed = [{ section: section('A', 'choice', 3, 10), pool: pool('f', 'e', 'd', 'c', 'b', 'a') }];
    assert.deepEqual(drawQuestions(sections, 42), drawQuestions(reversed, 42));
  });

  it('numbers questions q1… in section order and gives each its section’s points', () => {
    const drawn = drawQuestions([
      { section: section('Concepts', 'choice', 2, 10), pool: pool('a', 'b', 'c') },
      { section: section('Coding', 'coding', 1, 40), pool: [candidate('two-sum', 'coding')] },
    ], 7);
    assert.deepEqual(drawn.map((q) => [q.id, q.kind, q.points]), [['q1', 'choice', 10], ['q2', 'choice', 10], ['q3', 'coding', 40]]);
  });

  it('never draws one question twice, even when sections’ pools overlap', () => {
    for (let seed = 0; seed < 200; seed++) {
      const drawn = drawQuestions([
        { section: section('First', 'choice', 2, 10), pool: pool('a', 'b', 'c', 'd') },
        { section: section('Second', 'choice', 2, 10), pool: pool('a', 'b', 'c', 'd') },
      ], seed);
      assert.equal(new Set(drawn.map((q) => q.source)).size, 4, `seed ${seed}`);
    }
  });

  it('varies with the seed: different seeds draw different subsets', () => {
    const draws = new Set(Array.from({ length: 30 }, (_, seed) => drawQuestions([{ section: section('A', 'choice', 2, 10), pool: pool('a', 'b', 'c', 'd', 'e', 'f') }], seed).map((q) => q.source).join()));
    assert.ok(draws.size >= 10, `only ${draws.size} distinct draws from 30 seeds`);
  });

  it('refuses a pool too small for its section rather than draw fewer', () => {
    assert.throws(() => drawQuestions([{ section: section('A', 'choice', 3, 10), pool: pool('a', 'b') }], 1), /needs 3 questions and its pool has 2 left/);
  });

  it('has a generator that stays in [0, 1) and repeats for a seed', () => {
    const a = mulberry32(123);
    const b = mulberry32(123);
    for (let i = 0; i < 1000; i++) {
      const value = a();
      assert.equal(value, b());
      assert.ok(value >= 0 && value < 1);
    }
  });
});

describe('drawing a retake', () => {
  it('draws the preferred tiers first, shuffled within each', () => {
    const sections = [{ section: section('A', 'choice', 3, 10), pool: pool('a', 'b', 'c', 'd', 'e', 'f') }];
    const seen = new Set(['a', 'b', 'c']);
    for (let seed = 0; seed < 50; seed++) {
      const drawn = drawQuestions(sections, seed, (candidate) => (seen.has(candidate.source) ? 1 : 0));
      assert.deepEqual(drawn.map((q) => q.source).sort(), ['d', 'e', 'f'], `seed ${seed}`);
    }
  });

  it('falls back on what was seen when the unseen run out', () => {
    const drawn = drawQuestions([{ section: section('A', 'choice', 3, 10), pool: pool('a', 'b', 'c', 'd') }], 3, (candidate) => (candidate.source === 'd' ? 0 : 1));
    assert.equal(drawn[0]?.source, 'd');
    assert.equal(drawn.length, 3);
  });
});
