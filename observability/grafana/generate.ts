/** Writes every dashboard to charts/eduscale/files/dashboards/<uid>.json: `node observability/grafana/generate.ts`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@eduscale/test-kit/paths';
import { buildDashboards } from './dashboards.ts';

export const DASHBOARDS_DIR = join(REPO_ROOT, 'charts', 'eduscale', 'files', 'dashboards');

/** The file each dashboard is stored in, and its text. */
export function renderDashboards(): Map<string, string> {
  return new Map([...buildDashboards()].map(([uid, built]) => [`${uid}.json`, `${JSON.stringify(built, null, 2)}\n`]));
}

if (import.meta.main) {
  mkdirSync(DASHBOARDS_DIR, { recursive: true });
  for (const [file, text] of renderDashboards()) writeFileSync(join(DASHBOARDS_DIR, file), text);
}
