/**
 * `npm run k6 -- <script> [k6 run arguments]`: runs the k6 scripts with a `k6` already on PATH.
 * This repository never builds or downloads k6 (its Go module is AGPL and not used here);
 * `npm run load` is the in-repo runner with the same scenarios.
 */
import { spawn, spawnSync } from 'node:child_process';

const HOW_TO_GET_K6 = `[k6] no \`k6\` on PATH; this repository does not build or fetch one. Either:
  - install the official release binary (k6.io, or the grafana/k6 releases on GitHub) and put it on PATH;
  - run the grafana/k6 image with the scripts mounted: docker compose --profile loadtest run --rm loadtest run /scripts/assignments.js
  - in a cluster, enable the chart's k6-operator TestRun (values: loadTest.enabled).
The same scenarios without k6: npm run load -- catalogue | submissions`;

/** The `k6` found on PATH, with its version line, or undefined. */
function findK6(): { version: string } | undefined {
  const probe = spawnSync('k6', ['version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return undefined;
  return { version: probe.stdout.trim().split('\n')[0] ?? '' };
}

function main(args: string[]): void {
  const [script, ...rest] = args;
  if (!script || script.startsWith('-')) {
    console.error('usage: npm run k6 -- <script.js> [k6 run arguments]   (e.g. npm run k6 -- k6/assignments.js)');
    process.exit(2);
  }
  const k6 = findK6();
  if (!k6) {
    console.error(HOW_TO_GET_K6);
    process.exit(1);
  }
  const env = { ...process.env, EDUSCALE_URL: process.env.EDUSCALE_URL ?? 'http://localhost:8080' };
  console.log(`[k6] ${k6.version} against ${env.EDUSCALE_URL}`);
  const child = spawn('k6', ['run', ...rest, script], { stdio: 'inherit', env });
  // k6 stops early and still prints its summary on the first Ctrl-C; let it.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main(process.argv.slice(2));
