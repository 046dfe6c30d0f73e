/** The tables `npm run load` prints, in the shape of the k6 scripts' summaries. */
import type { CatalogueOptions, CatalogueResult } from './catalogue.ts';
import type { SubmissionsOptions, SubmissionsResult } from './submissions.ts';
import { ASSIGNMENT } from './submissions.ts';

const ms = (value: number | undefined) => (value === undefined ? '-' : value.toFixed(2));
const percent = (part: number, whole: number) => (whole > 0 ? `${((100 * part) / whole).toFixed(0)} %` : '-');
const WIDTHS = [38, 8, 9, 8, 8, 8, 8];
const pad = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(WIDTHS[i] ?? 0) : cell.padStart(WIDTHS[i] ?? 0))).join(' ');

export function catalogueReport(options: CatalogueOptions, result: CatalogueResult): string {
  const floor = result.rows[0]?.rps ?? 0;
  return [
    '',
    `read path vs NGINX's own static file: ${options.connections} connections, ${options.rounds} rounds of ${options.seconds} s per target, ${options.base}`,
    `response sizes (bytes): static ${result.sizes.static}, list ${result.sizes.list}, detail ${result.sizes.detail} (${result.slugs} assignments in turn)`,
    '',
    pad(['target', 'req/s', 'of floor', 'p50 ms', 'p95 ms', 'p99 ms', 'failed']),
    ...result.rows.map((r) => pad([r.title, r.rps.toFixed(0), percent(r.rps, floor), ms(r.p50), ms(r.p95), ms(r.p99), String(r.failed)])),
    '',
    'req/s in each round:',
    ...result.rows.map((r) => `  ${r.target.padEnd(10)} ${r.perRoundRps.map((rps) => rps.toFixed(0).padStart(7)).join(' ')}`),
    '',
  ].join('\n');
}

export function submissionsReport(options: SubmissionsOptions, result: SubmissionsResult): string {
  return [
    '',
    `submissions of ${ASSIGNMENT} (python) by ${result.users} users, ${options.base}`,
    `reused  ${result.connections} connections, ${options.seconds} s: ${result.rps.toFixed(1)} identical submissions/s answered with the stored result`,
    `POST identical (200 reused)  p50 ${ms(result.p50)} / p95 ${ms(result.p95)} / p99 ${ms(result.p99)} ms`,
    `answers that were not a reused result (or no answer): ${result.failed} of ${result.requests}`,
    '',
  ].join('\n');
}
