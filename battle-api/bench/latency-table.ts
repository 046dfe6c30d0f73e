import { percentile } from '../../grader-api/bench/stats.ts';

export interface LatencyRow {
  label: string;
  /** Milliseconds. */
  samples: number[];
}

const LABEL_WIDTH = 52;
const cell = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(1)).padStart(8);

/** One line per row: sample count, p50, p95, p99 and max, in milliseconds. */
export function printLatencyTable(rows: LatencyRow[]): void {
  console.log(`${''.padEnd(LABEL_WIDTH)} ${'samples'.padStart(8)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'p99'.padStart(8)} ${'max'.padStart(8)}  (ms)`);
  for (const { label, samples } of rows) {
    const max = samples.length === 0 ? NaN : samples.reduce((a, b) => Math.max(a, b), -Infinity);
    const figures = [50, 95, 99].map((p) => cell(percentile(samples, p))).join(' ');
    console.log(`${label.padEnd(LABEL_WIDTH)} ${String(samples.length).padStart(8)} ${figures} ${cell(max)}`);
  }
}
