import type { ComplexityClass, ComplexityPoint } from '@eduscale/contracts';

/** The natural log of g(n) for each growth class, in log space so that 2ⁿ never overflows. */
export function logGrowth(growth: ComplexityClass, n: number): number {
  const ln = Math.log(n);
  const lnLog = Math.log(Math.log2(Math.max(n, 2)));
  switch (growth) {
    case '1':
      return 0;
    case 'log n':
      return lnLog;
    case 'n':
      return ln;
    case 'n log n':
      return ln + lnLog;
    case 'n^2':
      return 2 * ln;
    case 'n^2 log n':
      return 2 * ln + lnLog;
    case 'n^3':
      return 3 * ln;
    case '2^n':
      return n * Math.LN2;
  }
}

/** Points a log scale can place: a cost of 0 (the smallest size, when it is subtracted) cannot be. */
export const plottable = (points: readonly ComplexityPoint[]) => points.filter((p) => p.n > 0 && p.cost > 0);

/**
 * a·g(n) fitted to the points in log space (the mean of ln cost − ln g(n)), sampled at `samples`
 * geometric sizes across the points' range: the shape of a class drawn through the measurements.
 */
export function fitCurve(points: readonly ComplexityPoint[], growth: ComplexityClass, samples = 32): ComplexityPoint[] {
  const usable = plottable(points);
  if (usable.length === 0) return [];
  const lnA = usable.reduce((sum, p) => sum + Math.log(p.cost) - logGrowth(growth, p.n), 0) / usable.length;
  const [first, last] = [Math.min(...usable.map((p) => p.n)), Math.max(...usable.map((p) => p.n))];
  const steps = first === last ? 1 : samples - 1;
  return Array.from({ length: steps + 1 }, (_, i) => {
    const n = first * (last / first) ** (i / steps);
    return { n, cost: Math.exp(lnA + logGrowth(growth, n)) };
  });
}

/** Tick values for a log axis over [min, max]: decades, thinned to at most `most`; 1-2-5 steps when fewer than two decades fit. */
export function logTicks(min: number, max: number, most = 5): number[] {
  const inside = (tick: number) => tick >= min * (1 - 1e-9) && tick <= max * (1 + 1e-9);
  const exponents = Array.from({ length: Math.ceil(Math.log10(max)) - Math.floor(Math.log10(min)) + 1 }, (_, i) => Math.floor(Math.log10(min)) + i);
  const decades = exponents.map((e) => tidy(10 ** e)).filter(inside);
  if (decades.length >= 2) {
    const step = Math.ceil(decades.length / most);
    return decades.filter((_, i) => i % step === 0);
  }
  return exponents.flatMap((e) => [1, 2, 5].map((m) => tidy(m * 10 ** e))).filter(inside);
}

const tidy = (value: number) => Number(value.toPrecision(12));

const COMPACT = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/** "10", "1K", "2.5M", "0.5": axis labels that fit a small chart. */
export function formatTick(value: number): string {
  return value < 1 ? String(tidy(value)) : COMPACT.format(value);
}

export interface Box {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface Axis {
  /** log10 of the domain's ends, padded so no point sits on the frame. */
  from: number;
  to: number;
  ticks: number[];
}

export interface ChartModel {
  x: Axis;
  y: Axis;
  /** Screen position of n (left to right) and of cost (bottom to top) inside the box. */
  px: (n: number) => number;
  py: (cost: number) => number;
}

/** The log-log frame around the points; null when fewer than two can be placed. */
export function chartModel(points: readonly ComplexityPoint[], box: Box): ChartModel | null {
  const usable = plottable(points);
  if (usable.length < 2) return null;
  const x = axis(usable.map((p) => p.n));
  const y = axis(usable.map((p) => p.cost));
  const { width, height, margin } = box;
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  return {
    x,
    y,
    px: (n) => margin.left + ((Math.log10(n) - x.from) / (x.to - x.from)) * plotWidth,
    py: (cost) => margin.top + (1 - (Math.log10(cost) - y.from) / (y.to - y.from)) * plotHeight,
  };
}

function axis(values: number[]): Axis {
  const low = Math.log10(Math.min(...values));
  const high = Math.log10(Math.max(...values));
  const pad = Math.max((high - low) * 0.06, high === low ? 0.5 : 0.05);
  const from = low - pad;
  const to = high + pad;
  return { from, to, ticks: logTicks(10 ** from, 10 ** to) };
}

/** An SVG path through the points, in order. */
export function linePath(points: readonly ComplexityPoint[], model: ChartModel): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${model.px(p.n).toFixed(1)} ${model.py(p.cost).toFixed(1)}`).join(' ');
}
