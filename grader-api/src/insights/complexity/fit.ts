import { COMPLEXITY_CLASSES, type ComplexityClass, type ComplexityPoint } from '@eduscale/contracts';
import { growth, growthSlope, logLogSlope } from './growth.ts';

export interface ComplexityFit {
  detected: ComplexityClass;
  /** 0..1: the detected class's BIC weight among the classes that fit, lowered when the log-log slope disagrees. */
  confidence: number;
  /** The detected class and the runner-up, in COMPLEXITY_CLASSES order, when the data cannot tell them apart. */
  between?: [ComplexityClass, ComplexityClass];
}

export interface FitOptions {
  /**
   * The cost below which a difference is noise (Go's collector, a timer's resolution): a series
   * that never grows past it is constant, and no point counts for more than its error allows.
   */
  noiseFloor?: number;
}

/** Fewer sizes than this say nothing about growth: no claim at all (null). */
export const MIN_POINTS = 5;
/** A ΔBIC under 6 is at most "positive" evidence (Kass & Raftery 1995): we say `between`. */
const BETWEEN_BIC_GAP = 6;
/**
 * Relative residuals below 0.1 % are what instruction counts wobble by themselves (Python's
 * hash seed, the number of digits in the input), so a closer fit earns no further credit:
 * without this floor an exact fit has a BIC of −∞ and every comparison with it is meaningless.
 */
const RELATIVE_ERROR_FLOOR = 1e-3;
const MIN_SLOPE_T = 3;

interface ClassFit {
  cls: ComplexityClass;
  a: number;
  b: number;
  bic: number;
}

/**
 * Which growth class explains cost(n) best. Each class is fitted as cost = a·g(n) + b by
 * weighted least squares (weights 1/cost², so every point counts by its relative error, as
 * Google Benchmark and big_O do; a < 0 rules the class out), the classes are ranked by BIC
 * (k = 1 for the constant, 2 for the others), and the log-log slope of the largest sizes,
 * offset removed, must agree with the winner's. Null below MIN_POINTS sizes; a series that
 * never grows past the noise floor is "1".
 */
export function fitComplexity(input: readonly ComplexityPoint[], options: FitOptions = {}): ComplexityFit | null {
  const points = [...input].sort((p, q) => p.n - q.n);
  if (points.length < MIN_POINTS || new Set(points.map((p) => p.n)).size < 3) return null;
  const costs = points.map((p) => p.cost);
  const top = Math.max(...costs.map(Math.abs));
  const floor = Math.max(options.noiseFloor ?? 0, top * 1e-9, Number.MIN_VALUE);
  if (Math.max(...costs) - Math.min(...costs) <= Math.max(options.noiseFloor ?? 0, top * 1e-6)) return { detected: '1', confidence: 1 };

  const weights = costs.map((c) => 1 / Math.max(Math.abs(c), floor) ** 2);
  const nMax = Math.max(...points.map((p) => p.n));
  const fits = COMPLEXITY_CLASSES.map((cls) => fitClass(cls, points, weights, nMax)).filter((f) => f !== undefined);
  fits.sort((f, g) => f.bic - g.bic || COMPLEXITY_CLASSES.indexOf(f.cls) - COMPLEXITY_CLASSES.indexOf(g.cls));
  const [best, runnerUp] = fits;
  if (!best) return null;

  const total = fits.reduce((sum, f) => sum + Math.exp(-(f.bic - best.bic) / 2), 0);
  let confidence = 1 / total;
  let between = runnerUp && runnerUp.bic - best.bic < BETWEEN_BIC_GAP ? inOrder(best.cls, runnerUp.cls) : undefined;

  const bySlope = slopeClass(points, best);
  if (bySlope && bySlope !== best.cls) {
    const adjacent = Math.abs(COMPLEXITY_CLASSES.indexOf(bySlope) - COMPLEXITY_CLASSES.indexOf(best.cls)) === 1;
    confidence *= adjacent ? 0.75 : 0.4;
    if (adjacent) between ??= inOrder(best.cls, bySlope);
  }
  return { detected: best.cls, confidence: Math.round(confidence * 1000) / 1000, ...(between ? { between } : {}) };
}

function fitClass(cls: ComplexityClass, points: readonly ComplexityPoint[], weights: readonly number[], nMax: number): ClassFit | undefined {
  const rows = points.map((p, i) => ({ x: growth(cls, p.n, nMax), y: p.cost, w: weights[i] ?? 0 }));
  const sw = sum(rows.map((r) => r.w));
  const mx = sum(rows.map((r) => r.w * r.x)) / sw;
  const my = sum(rows.map((r) => r.w * r.y)) / sw;
  let a = 0;
  if (cls !== '1') {
    const sxx = sum(rows.map((r) => r.w * (r.x - mx) ** 2));
    // 2ⁿ over sizes far below nMax is 0 everywhere but the last point: no shape to fit.
    if (sxx <= 1e-12 * sw) return undefined;
    a = sum(rows.map((r) => r.w * (r.x - mx) * (r.y - my))) / sxx;
    if (a < 0) return undefined;
  }
  const b = my - a * mx;
  const rss = sum(rows.map((r) => r.w * (r.y - a * r.x - b) ** 2));
  const m = rows.length;
  // A slope within three standard errors of 0 is noise that a steep g (2ⁿ, all of it in the last
  // point) happens to follow: the class explains no growth, so it does not fit.
  if (cls !== '1' && a < MIN_SLOPE_T * Math.sqrt(rss / (m - 2) / sum(rows.map((r) => r.w * (r.x - mx) ** 2)))) return undefined;
  const k = cls === '1' ? 1 : 2;
  return { cls, a, b, bic: m * Math.log(Math.max(rss / m, RELATIVE_ERROR_FLOOR ** 2)) + k * Math.log(m) };
}

/**
 * The class whose own log-log slope is nearest the data's over the largest half of the sizes,
 * once the winner's fitted offset (start-up cost) is taken off; undefined when that leaves a
 * cost ≤ 0 (nothing to take a logarithm of) or the winner is the constant.
 */
function slopeClass(points: readonly ComplexityPoint[], best: ClassFit): ComplexityClass | undefined {
  if (best.cls === '1') return undefined;
  const upper = points.slice(Math.floor(points.length / 2)).map((p) => ({ n: p.n, cost: p.cost - best.b }));
  if (upper.length < 3 || upper.some((p) => p.cost <= 0)) return undefined;
  const observed = logLogSlope(upper);
  const ns = upper.map((p) => p.n);
  let nearest: ComplexityClass = '1';
  for (const cls of COMPLEXITY_CLASSES) {
    if (Math.abs(growthSlope(cls, ns) - observed) < Math.abs(growthSlope(nearest, ns) - observed)) nearest = cls;
  }
  return nearest;
}

function inOrder(a: ComplexityClass, b: ComplexityClass): [ComplexityClass, ComplexityClass] {
  return COMPLEXITY_CLASSES.indexOf(a) <= COMPLEXITY_CLASSES.indexOf(b) ? [a, b] : [b, a];
}

function sum(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0);
}
