export interface MedianInterval {
  median: number;
  /** A distribution-free interval for the median (order statistics), covering it with probability ≥ `coverage`. */
  low: number;
  high: number;
  coverage: number;
}

/**
 * The median of timings and the widest-but-one order-statistics interval that still covers
 * the median with ≥ 90 % probability (for 5 runs, min..max: 93.75 %). Timings are skewed
 * (a descheduled run is slow, never fast), so no normal approximation.
 */
export function medianInterval(samples: readonly number[]): MedianInterval {
  if (samples.length === 0) throw new RangeError('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const m = sorted.length;
  const at = (i: number) => sorted[i] ?? Number.NaN;
  const median = m % 2 ? at((m - 1) / 2) : (at(m / 2 - 1) + at(m / 2)) / 2;
  let j = 1;
  while (j + 1 <= m / 2 && coverage(m, j + 1) >= 0.9) j++;
  return { median, low: at(j - 1), high: at(m - j), coverage: coverage(m, j) };
}

/** P(x_(j) ≤ median ≤ x_(m−j+1)) = 1 − 2·P(Binomial(m, ½) < j). */
function coverage(m: number, j: number): number {
  let below = 0;
  for (let i = 0; i < j; i++) below += binomial(m, i) / 2 ** m;
  return 1 - 2 * below;
}

function binomial(m: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (m - k + i)) / i;
  return c;
}
