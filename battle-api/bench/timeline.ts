import { percentile } from '../../grader-api/bench/stats.ts';
import type { Delivery } from './fanout-load.ts';

/** Fan-out latency per second of the run (by when the report was sent): shows whether the tail is steady or comes in bursts. */
export function printTimeline(deliveries: Delivery[]): void {
  if (deliveries.length === 0) return;
  const start = deliveries.reduce((min, d) => Math.min(min, d.sentAt), Infinity);
  const bySecond = Map.groupBy(deliveries, (d) => Math.floor((d.sentAt - start) / 1000));
  console.log('\nsecond   deliveries      p50      p99      max  (ms)');
  for (const [second, list] of [...bySecond].sort(([a], [b]) => a - b)) {
    const latencies = list.map((d) => d.latencyMs);
    const max = latencies.reduce((a, b) => Math.max(a, b), -Infinity);
    console.log(`${String(second).padStart(6)} ${String(list.length).padStart(12)} ${[percentile(latencies, 50), percentile(latencies, 99), max].map((v) => v.toFixed(1).padStart(8)).join(' ')}`);
  }
}
