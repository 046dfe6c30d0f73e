// The anonymous read path against its floor, in one run: a file NGINX serves itself (about
// the size of the assignment list), GET /api/assignments and assignment pages as clients get
// them (through NGINX's one-second cache), and both again from the API alone. The targets
// take turns (ROUNDS rounds of DURATION each), never overlapping, so each has the whole
// machine while it runs and drift in background load spreads over all of them alike.
//
//   npm run k6 -- k6/assignments.js
//   VUS=64 DURATION=20s ROUNDS=3 SUMMARY_JSON=/tmp/assignments.json npm run k6 -- k6/assignments.js
import http from 'k6/http';
import { check, fail } from 'k6';
import { BASE, parseDuration, thresholdLines } from './common.js';

/**
 * @typedef {import('./common.js').SummaryData} SummaryData
 * @typedef {{ name: string, title: string, path: (slugs: string[]) => string, headers?: Record<string, string> }} Target
 * @typedef {{ slugs: string[], sizes: { static: number, list: number, detail: number } }} SetupData
 */

const VUS = Number(__ENV.VUS || 32);
const SECONDS = parseDuration(__ENV.DURATION || '10s');
const ROUNDS = Number(__ENV.ROUNDS || 3);
const PAUSE = 3; // between turns, so one's stragglers do not overlap the next

/** @param {string[]} slugs */
const anySlug = (slugs) => slugs[(__ITER + __VU) % slugs.length];
// NGINX keeps catalogue reads for a second; `Cache-Control: no-cache` goes past it to the API.
const API_ALONE = { 'cache-control': 'no-cache' };
/** @type {Target[]} */
const TARGETS = [
  { name: 'static', title: 'GET /bench/static.json (floor)', path: () => '/bench/static.json' },
  { name: 'list', title: 'GET /api/assignments', path: () => '/api/assignments' },
  { name: 'detail', title: 'GET /api/assignments/:slug', path: (slugs) => `/api/assignments/${anySlug(slugs)}` },
  { name: 'list_api', title: 'GET /api/assignments, API alone', path: () => '/api/assignments', headers: API_ALONE },
  { name: 'detail_api', title: 'GET /api/assignments/:slug, API alone', path: (slugs) => `/api/assignments/${anySlug(slugs)}`, headers: API_ALONE },
];

/** @type {{ target: string, round: number }[]} */
const turns = [];
for (let round = 0; round < ROUNDS; round++) for (const target of TARGETS) turns.push({ target: target.name, round });

/** @type {import('k6/options').Options} */
export const options = {
  scenarios: Object.fromEntries(
    turns.map((turn, i) => [
      `${turn.target}_${turn.round + 1}`,
      {
        executor: 'constant-vus',
        exec: 'hit',
        vus: VUS,
        duration: `${SECONDS}s`,
        startTime: `${i * (SECONDS + PAUSE)}s`,
        gracefulStop: '2s',
        env: { TARGET: turn.target },
        tags: { target: turn.target },
      },
    ]),
  ),
  // Bodies are checked once in setup; the loop only counts, so k6 spends its CPU on requests.
  discardResponseBodies: true,
  summaryTrendStats: ['avg', 'p(50)', 'p(95)', 'p(99)', 'max'],
  thresholds: Object.fromEntries(
    TARGETS.flatMap((t) => [
      [`http_req_failed{target:${t.name}}`, ['rate<0.001']],
      [`http_req_duration{target:${t.name}}`, ['p(95)<100', 'p(99)<250']],
      [`http_reqs{target:${t.name}}`, ['count>0']],
    ])
      // Per turn too, so the summary can show how much the rounds agree.
      .concat(turns.map((turn) => [`http_reqs{scenario:${turn.target}_${turn.round + 1}}`, ['count>0']]))
      .concat([['checks', ['rate>0.999']]]),
  ),
};

/** @returns {SetupData} */
export function setup() {
  const list = http.get(`${BASE}/api/assignments`, { responseType: 'text' });
  if (list.status !== 200) fail(`GET /api/assignments answered ${list.status}; is the stack up at ${BASE}?`);
  const items = /** @type {{ slug: string }[]} */ (list.json('items'));
  const slugs = items.map((item) => item.slug);
  const floor = http.get(`${BASE}/bench/static.json`, { responseType: 'text' });
  if (floor.status !== 200) fail(`GET /bench/static.json answered ${floor.status}: the floor is missing from NGINX`);
  const detail = http.get(`${BASE}/api/assignments/${slugs[0]}`, { responseType: 'text' });
  if (detail.status !== 200 || detail.json('slug') !== slugs[0]) fail(`GET /api/assignments/${slugs[0]} answered ${detail.status}`);
  return { slugs, sizes: { static: String(floor.body).length, list: String(list.body).length, detail: String(detail.body).length } };
}

const byName = Object.fromEntries(TARGETS.map((t) => [t.name, t]));

/** @param {SetupData} data */
export function hit(data) {
  const target = byName[__ENV.TARGET ?? ''];
  if (!target) fail(`no target named ${__ENV.TARGET}`);
  const response = http.get(`${BASE}${target.path(data.slugs)}`, { headers: target.headers });
  check(response, { 'status is 200': (r) => r.status === 200 });
}

/** @param {SummaryData} data */
export function handleSummary(data) {
  const rows = TARGETS.map((t) => {
    const reqs = data.metrics[`http_reqs{target:${t.name}}`]?.values.count ?? 0;
    const duration = data.metrics[`http_req_duration{target:${t.name}}`]?.values ?? {};
    const failed = data.metrics[`http_req_failed{target:${t.name}}`]?.values.rate ?? 0;
    const perRound = turns.filter((turn) => turn.target === t.name).map((turn) => (data.metrics[`http_reqs{scenario:${t.name}_${turn.round + 1}}`]?.values.count ?? 0) / SECONDS);
    return { target: t.name, title: t.title, requests: reqs, rps: reqs / (SECONDS * ROUNDS), perRound, p50: duration['p(50)'], p95: duration['p(95)'], p99: duration['p(99)'], failed };
  });
  const floor = rows[0]?.rps ?? 0;
  const sizes = /** @type {SetupData | undefined} */ (data.setup_data)?.sizes;
  const lines = [
    '',
    `read path vs NGINX's own static file: ${VUS} VUs, ${ROUNDS} rounds of ${SECONDS} s per target, ${BASE}`,
    `response sizes (bytes): static ${sizes?.static}, list ${sizes?.list}, detail ${sizes?.detail}`,
    '',
    pad(['target', 'req/s', 'of floor', 'p50 ms', 'p95 ms', 'p99 ms', 'failed'], [38, 8, 9, 8, 8, 8, 8]),
    ...rows.map((r) =>
      pad([r.title, r.rps.toFixed(0), `${((100 * r.rps) / floor).toFixed(0)} %`, ms(r.p50), ms(r.p95), ms(r.p99), `${(100 * r.failed).toFixed(2)} %`], [38, 8, 9, 8, 8, 8, 8]),
    ),
    '',
    'req/s in each round:',
    ...rows.map((r) => `  ${r.target.padEnd(10)} ${r.perRound.map((rps) => rps.toFixed(0).padStart(7)).join(' ')}`),
    '',
    ...thresholdLines(data.metrics, ' (errors < 0.1 %, p95 < 100 ms, p99 < 250 ms per target)'),
    '',
  ];
  /** @type {Record<string, string>} */
  const out = { stdout: lines.join('\n') };
  if (__ENV.SUMMARY_JSON) out[__ENV.SUMMARY_JSON] = JSON.stringify({ vus: VUS, seconds: SECONDS, rounds: ROUNDS, rows, metrics: data.metrics }, null, 2);
  return out;
}


/** @param {number | undefined} value */
function ms(value) {
  return value === undefined ? '-' : value.toFixed(2);
}

/**
 * @param {string[]} cells
 * @param {number[]} widths
 */
function pad(cells, widths) {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(' ');
}
