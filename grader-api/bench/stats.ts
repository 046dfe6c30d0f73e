export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export async function timeRepeatedly(runs: number, once: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await once(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await once();
    samples.push(performance.now() - started);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** Runs/s with `concurrency` loops sharing `total` calls. */
export async function throughput(concurrency: number, total: number, once: () => Promise<unknown>): Promise<number> {
  let remaining = total;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (remaining-- > 0) await once();
    }),
  );
  return total / ((performance.now() - started) / 1000);
}

export const ms = (value: number) => value.toFixed(1).padStart(7);
