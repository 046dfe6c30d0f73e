import type { ComplexityClass } from '@eduscale/contracts';

/**
 * g(n) of each class, divided by g(nMax) so that every column of the least-squares problem is
 * of order one (n³ at n = 10⁶ would otherwise be 10¹⁸ next to an offset column of ones).
 * 2ⁿ is computed as 2^(n − nMax) for the same reason: 2^2000 is not a double.
 */
export function growth(cls: ComplexityClass, n: number, nMax: number): number {
  if (cls === '2^n') return 2 ** (n - nMax);
  return raw(cls, n) / raw(cls, nMax);
}

function raw(cls: Exclude<ComplexityClass, '2^n'>, n: number): number {
  const log = Math.log2(Math.max(n, 2));
  switch (cls) {
    case '1':
      return 1;
    case 'log n':
      return log;
    case 'n':
      return n;
    case 'n log n':
      return n * log;
    case 'n^2':
      return n * n;
    case 'n^2 log n':
      return n * n * log;
    case 'n^3':
      return n * n * n;
  }
}

/** d ln g / d ln n fitted over these sizes: 1 for n, 2 for n², a little over 1 for n log n. */
export function growthSlope(cls: ComplexityClass, ns: readonly number[]): number {
  if (cls === '1') return 0;
  const nMax = Math.max(...ns);
  return logLogSlope(ns.map((n) => ({ n, cost: growth(cls, n, nMax) })));
}

/** The ordinary least-squares slope of ln cost against ln n (points with cost ≤ 0 have none). */
export function logLogSlope(points: readonly { n: number; cost: number }[]): number {
  const logs = points.map((p) => ({ x: Math.log(p.n), y: Math.log(p.cost) }));
  const mx = mean(logs.map((l) => l.x));
  const my = mean(logs.map((l) => l.y));
  let sxy = 0;
  let sxx = 0;
  for (const { x, y } of logs) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
  }
  return sxx === 0 ? 0 : sxy / sxx;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
