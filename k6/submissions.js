// Submissions under load, as students make them: many signed-in users send add-two-numbers
// in Python, some of it new code (graded by the fleet; each followed to its final result by
// polling GET /api/submissions/:id) and some identical to code graded before (answered at
// once from the stored result, "reused": true). Two scenarios, one after the other:
//   reused  10 VUs sending only identical code: the dedup path, no grading at all;
//   mixed   VUS users sending new code with probability NEW_SHARE, else identical code.
//
// The stack's per-user limits must be raised first, or requests are refused with 429:
//   SUBMISSIONS_PER_MINUTE=100000 MAX_ACTIVE_SUBMISSIONS=100 REGISTRATIONS_PER_IP_PER_HOUR=100000 npm start
//   npm run k6 -- k6/submissions.js
//   USERS=40 VUS=20 NEW_SHARE=0.5 DURATION=60s npm run k6 -- k6/submissions.js
import http from 'k6/http';
import exec from 'k6/execution';
import { check, fail, sleep } from 'k6';
import { Counter, Trend } from 'k6/metrics';
import { BASE, parseDuration, thresholdLines } from './common.js';

/**
 * @typedef {import('./common.js').SummaryData} SummaryData
 * @typedef {{ cookie: string }} User
 * @typedef {{ users: User[] }} SetupData
 */

const USERS = Number(__ENV.USERS || 40);
const VUS = Number(__ENV.VUS || 20);
const NEW_SHARE = Number(__ENV.NEW_SHARE || 0.5);
const REUSED_SECONDS = parseDuration(__ENV.REUSED_DURATION || '20s');
const MIXED_SECONDS = parseDuration(__ENV.DURATION || '60s');
const POLL_MS = 100;
const RESULT_TIMEOUT_MS = 120_000;

const ASSIGNMENT = 'add-two-numbers';
const CODE = 'a, b = map(int, input().split())\nprint(a + b)\n';
const RUN = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

const resultTime = new Trend('submission_result_ms', true);
const newSubmissions = new Counter('submissions_new');
const reusedSubmissions = new Counter('submissions_reused');

/** @type {import('k6/options').Options} */
export const options = {
  setupTimeout: '180s',
  scenarios: {
    reused: { executor: 'constant-vus', exec: 'reusedOnly', vus: 10, duration: `${REUSED_SECONDS}s`, gracefulStop: '5s' },
    mixed: {
      executor: 'constant-vus',
      exec: 'mixed',
      vus: VUS,
      duration: `${MIXED_SECONDS}s`,
      startTime: `${REUSED_SECONDS + 5}s`,
      // A VU following a submission finishes it before stopping.
      gracefulStop: `${RESULT_TIMEOUT_MS / 1000}s`,
    },
  },
  summaryTrendStats: ['avg', 'p(50)', 'p(95)', 'p(99)', 'max'],
  thresholds: {
    http_req_failed: ['rate<0.01'],
    checks: ['rate>0.99'],
    'http_req_duration{kind:identical}': ['p(95)<300', 'p(99)<600'],
    'http_req_duration{kind:new}': ['p(95)<500', 'p(99)<1000'],
    'http_req_duration{kind:poll}': ['p(95)<200'],
    submission_result_ms: ['p(95)<15000'],
    'http_reqs{scenario:reused}': ['count>0'],
    'http_reqs{scenario:mixed}': ['count>0'],
    'submissions_reused{scenario:reused}': ['count>0'],
    'submissions_reused{scenario:mixed}': ['count>=0'],
    'submissions_new{scenario:mixed}': ['count>=0'],
  },
};

/** @returns {SetupData} */
export function setup() {
  /** @type {User[]} */
  const users = [];
  for (let i = 0; i < USERS; i += 10) {
    /** @type {import('k6/http').ArrayBatchRequest[]} */
    const batch = [];
    for (let j = i; j < Math.min(USERS, i + 10); j++) {
      batch.push(['POST', `${BASE}/api/auth/register`, JSON.stringify({ username: `k6_${RUN}_${j}`, password: 'k6-load-test-password' }), { headers: jsonHeaders() }]);
    }
    for (const response of /** @type {import('k6/http').RefinedResponse<'text'>[]} */ (http.batch(batch))) {
      if (response.status === 429) fail('registration is rate limited: start the stack with REGISTRATIONS_PER_IP_PER_HOUR raised (see docs/PERFORMANCE.md)');
      if (response.status !== 201) fail(`POST /api/auth/register answered ${response.status}: ${response.body}`);
      const session = response.cookies.eduscale_session?.[0];
      if (!session) fail('POST /api/auth/register set no eduscale_session cookie');
      users.push({ cookie: `eduscale_session=${session.value}` });
    }
  }
  // The identical code must have a result before anyone can reuse it.
  if (!users[0]) fail('USERS must be at least 1');
  const first = submit(users[0], CODE, 'setup');
  if (first.status === 202) follow(users[0], String(first.json('id')), Date.now());
  else if (first.status !== 200) fail(`the first submission answered ${first.status}: ${first.body}`);
  return { users };
}

/** @param {SetupData} data */
export function reusedOnly(data) {
  sendIdentical(userOf(data));
}

/** @param {SetupData} data */
export function mixed(data) {
  const user = userOf(data);
  if (Math.random() >= NEW_SHARE) return sendIdentical(user);
  // A unique comment makes the code new to the grader while the program stays the same.
  const started = Date.now();
  const response = submit(user, `# k6 ${RUN} vu ${exec.vu.idInTest} iteration ${exec.vu.iterationInScenario}\n${CODE}`, 'new');
  if (!check(response, { 'new code is queued (202)': (r) => r.status === 202 })) return;
  newSubmissions.add(1);
  follow(user, String(response.json('id')), started);
}

/** @param {User} user */
function sendIdentical(user) {
  const response = submit(user, CODE, 'identical');
  const reused = check(response, {
    'identical code is answered at once (200)': (r) => r.status === 200,
    'with the stored result ("reused": true, done)': (r) => r.status === 200 && r.json('reused') === true && r.json('status') === 'done',
  });
  if (reused) reusedSubmissions.add(1);
}

/**
 * Polls until the submission is done; records the time from POST to the final result.
 * @param {User} user
 * @param {string} id
 * @param {number} started
 */
function follow(user, id, started) {
  for (;;) {
    sleep(POLL_MS / 1000);
    const response = http.get(`${BASE}/api/submissions/${id}`, { headers: { cookie: user.cookie }, tags: { kind: 'poll', name: 'GET /api/submissions/:id' } });
    if (response.status !== 200) {
      check(response, { 'polling answers 200': () => false });
      return;
    }
    if (response.json('status') === 'done') {
      resultTime.add(Date.now() - started);
      check(response, { 'the new code is accepted': (r) => r.json('verdict') === 'accepted' });
      return;
    }
    if (Date.now() - started > RESULT_TIMEOUT_MS) {
      check(response, { [`a result within ${RESULT_TIMEOUT_MS / 1000} s`]: () => false });
      return;
    }
  }
}

/**
 * @param {User} user
 * @param {string} code
 * @param {'setup' | 'new' | 'identical'} kind
 */
function submit(user, code, kind) {
  const response = http.post(`${BASE}/api/submissions`, JSON.stringify({ assignment: ASSIGNMENT, language: 'python', code }), {
    headers: { ...jsonHeaders(), cookie: user.cookie },
    tags: { kind, name: 'POST /api/submissions' },
  });
  if (response.status === 429) {
    exec.test.abort(`POST /api/submissions was rate limited (${response.body}); start the stack with SUBMISSIONS_PER_MINUTE and MAX_ACTIVE_SUBMISSIONS raised (see docs/PERFORMANCE.md)`);
  }
  return response;
}

/**
 * @param {SetupData} data
 * @returns {User}
 */
function userOf(data) {
  // Each VU is one user at a time, so no user has more than one submission in flight per VU.
  const user = data.users[(exec.vu.idInTest - 1) % data.users.length];
  if (!user) fail('setup registered no users');
  return user;
}

function jsonHeaders() {
  // The API refuses state-changing requests from another origin (CSRF); k6 says where it is.
  return { 'content-type': 'application/json', origin: BASE };
}

/** @param {SummaryData} data */
export function handleSummary(data) {
  /** @param {string} name */
  const m = (name) => data.metrics[name]?.values ?? {};
  const reusedCount = m('submissions_reused{scenario:reused}').count ?? 0;
  const mixedReused = m('submissions_reused{scenario:mixed}').count ?? 0;
  const mixedNew = m('submissions_new{scenario:mixed}').count ?? 0;
  /** @param {string} name */
  const trend = (name) => {
    const v = m(name);
    const [p50, p95, p99] = [v['p(50)'], v['p(95)'], v['p(99)']];
    return p50 === undefined || p95 === undefined || p99 === undefined ? '-' : `p50 ${p50.toFixed(1)} / p95 ${p95.toFixed(1)} / p99 ${p99.toFixed(1)} ms`;
  };
  const lines = [
    '',
    `submissions of ${ASSIGNMENT} (python) by ${USERS} users, ${BASE}`,
    `reused  10 VUs, ${REUSED_SECONDS} s: ${(reusedCount / REUSED_SECONDS).toFixed(1)} identical submissions/s answered with the stored result`,
    `mixed   ${VUS} VUs, ${MIXED_SECONDS} s, ${Math.round(NEW_SHARE * 100)} % new code: ${(mixedNew / MIXED_SECONDS).toFixed(1)} new/s graded and followed, ${(mixedReused / MIXED_SECONDS).toFixed(1)} identical/s`,
    '',
    `POST identical (200 reused)  ${trend('http_req_duration{kind:identical}')}`,
    `POST new code (202 queued)   ${trend('http_req_duration{kind:new}')}`,
    `GET while polling            ${trend('http_req_duration{kind:poll}')}`,
    `new code to final result     ${trend('submission_result_ms')}  (polled every ${POLL_MS} ms)`,
    `failed requests              ${(100 * (m('http_req_failed').rate ?? 0)).toFixed(2)} %; checks passed ${(100 * (m('checks').rate ?? 0)).toFixed(2)} %`,
    '',
    ...thresholdLines(data.metrics),
    '',
  ];
  /** @type {Record<string, string>} */
  const out = { stdout: lines.join('\n') };
  if (__ENV.SUMMARY_JSON) out[__ENV.SUMMARY_JSON] = JSON.stringify(data.metrics, null, 2);
  return out;
}
