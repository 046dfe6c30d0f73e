import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ComplexityClass, ComplexityPoint } from '@eduscale/contracts';
import { fitComplexity, type ComplexityFit } from './fit.ts';

// mulberry32: a seeded PRNG, so every noisy series is the same on every run.
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** sizes × (1 + noise·N(0,1)), clamped at 0 like a measured cost. */
function series(sizes: readonly number[], cost: (n: number) => number, options: { noise?: number; seed?: number } = {}): ComplexityPoint[] {
  const random = prng(options.seed ?? 1);
  return sizes.map((n) => ({ n, cost: Math.max(0, cost(n) * (1 + (options.noise ?? 0) * gaussian(random))) }));
}

const geometric = (from: number, to: number, count: number) =>
  Array.from({ length: count }, (_, i) => Math.round(from * (to / from) ** (i / (count - 1))));

const SIZES = geometric(100, 100_000, 10);
const lg = Math.log2;
const CLASSES: Record<ComplexityClass, { sizes: number[]; cost: (n: number) => number }> = {
  '1': { sizes: SIZES, cost: () => 5_000 },
  'log n': { sizes: SIZES, cost: (n) => 300 * lg(n) },
  n: { sizes: SIZES, cost: (n) => 40 * n },
  'n log n': { sizes: SIZES, cost: (n) => 12 * n * lg(n) },
  'n^2': { sizes: geometric(50, 20_000, 10), cost: (n) => 3 * n * n },
  'n^2 log n': { sizes: geometric(50, 20_000, 10), cost: (n) => n * n * lg(n) },
  'n^3': { sizes: geometric(20, 2_000, 10), cost: (n) => 2 * n ** 3 },
  '2^n': { sizes: [6, 8, 10, 12, 14, 16, 18, 20, 22, 24], cost: (n) => 50 * 2 ** n },
};

function names(fit: ComplexityFit | null, cls: ComplexityClass): boolean {
  return fit !== null && (fit.detected === cls || (fit.between?.includes(cls) ?? false));
}

describe('fitComplexity', () => {
  describe('on exact series of every class', () => {
    for (const [cls, { sizes, cost }] of Object.entries(CLASSES)) {
      it(`detects ${cls} with a confidence near 1`, () => {
        const fit = fitComplexity(series(sizes, cost));
        assert.equal(fit?.detected, cls, JSON.stringify(fit));
        assert.ok(fit.confidence >= 0.9, JSON.stringify(fit));
        assert.equal(fit.between, undefined);
      });
    }
  });

  describe('with 3 % multiplicative noise', () => {
    for (const [cls, { sizes, cost }] of Object.entries(CLASSES)) {
      it(`names ${cls} on each of 10 seeds, detecting it on most`, () => {
        const fits = Array.from({ length: 10 }, (_, seed) => fitComplexity(series(sizes, cost, { noise: 0.03, seed: seed + 1 })));
        assert.equal(fits.length, 10);
        const wrong = fits.filter((f) => !names(f, cls as ComplexityClass));
        assert.deepEqual(wrong, []);
        assert.ok(fits.filter((f) => f?.detected === cls).length >= 7, JSON.stringify(fits));
      });
    }
  });

  describe('with a start-up cost that dwarfs the small sizes', () => {
    it('still detects n under an offset of 100 times the smallest size', () => {
      const fit = fitComplexity(series(SIZES, (n) => 400_000 + 40 * n, { noise: 0.002 }));
      assert.equal(fit?.detected, 'n', JSON.stringify(fit));
    });

    it('still detects n^2 under an offset (a JVM start)', () => {
      const fit = fitComplexity(series(CLASSES['n^2'].sizes, (n) => 5e6 + 3 * n * n, { noise: 0.01 }));
      assert.equal(fit?.detected, 'n^2', JSON.stringify(fit));
    });

    it('detects n once the cost at the smallest size is subtracted (the way measure reports)', () => {
      const raw = series(SIZES, (n) => 2e7 + 900 * n);
      const base = raw[0]!.cost;
      const fit = fitComplexity(raw.slice(1).map((p) => ({ n: p.n, cost: p.cost - base })));
      assert.equal(fit?.detected, 'n', JSON.stringify(fit));
      assert.ok(fit.confidence >= 0.9);
    });
  });

  describe('between neighbouring classes', () => {
    it('tells n log n from n on exact counts', () => {
      assert.equal(fitComplexity(series(SIZES, (n) => 10 * n * lg(n) + 2000))?.detected, 'n log n');
      assert.equal(fitComplexity(series(SIZES, (n) => 10 * n + 2000))?.detected, 'n');
    });

    it('tells n^2 log n from n^2 on exact counts', () => {
      const sizes = CLASSES['n^2'].sizes;
      assert.equal(fitComplexity(series(sizes, (n) => n * n * lg(n) + 1e5))?.detected, 'n^2 log n');
      assert.equal(fitComplexity(series(sizes, (n) => n * n + 1e5))?.detected, 'n^2');
    });

    it('tells n log n from n at 1 % noise on every seed', () => {
      for (let seed = 1; seed <= 10; seed++) {
        assert.equal(fitComplexity(series(SIZES, (n) => 10 * n * lg(n), { noise: 0.01, seed }))?.detected, 'n log n', `seed ${seed}`);
        assert.equal(fitComplexity(series(SIZES, (n) => 10 * n, { noise: 0.01, seed }))?.detected, 'n', `seed ${seed}`);
      }
    });

    it('says between n log n and n^2 for n^1.5, naming both neighbours', () => {
      const fit = fitComplexity(series(SIZES, (n) => n ** 1.5, { noise: 0.03 }));
      assert.ok(fit?.between, JSON.stringify(fit));
      assert.deepEqual(fit.between, ['n log n', 'n^2']);
      assert.ok(fit.confidence < 0.9, JSON.stringify(fit));
    });

    it('orders between slowest-growing first and includes the detected class', () => {
      const fit = fitComplexity(series(SIZES, (n) => n * lg(n) ** 0.5, { noise: 0.05, seed: 3 }));
      assert.ok(fit?.between, JSON.stringify(fit));
      assert.ok(fit.between.includes(fit.detected));
      assert.ok(['n', 'n log n'].includes(fit.detected));
    });
  });

  describe('on degenerate input', () => {
    it('makes no claim from fewer than 5 sizes', () => {
      assert.equal(fitComplexity(series([100, 1000, 10_000, 100_000], (n) => n)), null);
      assert.equal(fitComplexity([]), null);
    });

    it('makes no claim when the sizes are all the same', () => {
      assert.equal(fitComplexity(series([100, 100, 100, 100, 100, 100], (n) => n, { noise: 0.1 })), null);
    });

    it('calls a series that never grows past the noise floor constant', () => {
      const fit = fitComplexity(series(SIZES, () => 300, { noise: 0.3 }), { noiseFloor: 1000 });
      assert.deepEqual(fit, { detected: '1', confidence: 1 });
    });

    it('calls an all-zero series (nothing left after the start-up cost) constant', () => {
      assert.deepEqual(fitComplexity(SIZES.map((n) => ({ n, cost: 0 }))), { detected: '1', confidence: 1 });
    });

    it('does not let a shrinking cost fit any growing class', () => {
      const fit = fitComplexity(series(SIZES, (n) => 1e6 / n));
      assert.equal(fit?.detected, '1', JSON.stringify(fit));
    });

    it('reads the points in any order', () => {
      const points = series(SIZES, (n) => 3 * n * n);
      assert.deepEqual(fitComplexity([...points].reverse()), fitComplexity(points));
    });

    it('keeps the confidence within 0..1', () => {
      for (let seed = 1; seed <= 20; seed++) {
        const fit = fitComplexity(series(SIZES, (n) => 5 * n + 1000, { noise: 0.2, seed }));
        assert.ok(fit && fit.confidence >= 0 && fit.confidence <= 1, JSON.stringify(fit));
      }
    });
  });
});
