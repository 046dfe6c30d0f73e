/**
 * The dedup-hit submit rate, as the `reused` scenario of k6/submissions.js measures it: signed-in
 * users, one per connection, POST code identical to code graded before and are answered at once
 * from the stored result (200, "reused": true, done), with no grading at all. Its `mixed`
 * scenario (new code followed to its result) is k6's alone; `npm run bench:submissions` times
 * one new submission end to end.
 */
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { hammer, summarize, type Summary } from './hammer.ts';

export interface SubmissionsOptions {
  base: string;
  users: number;
  connections: number;
  seconds: number;
  /** Stop each connection after this many submissions, to stay within a per-user rate limit. */
  maxRequestsPerConnection?: number;
}

export interface SubmissionsResult extends Summary {
  users: number;
  connections: number;
}

export const ASSIGNMENT = 'add-two-numbers';
export const CODE = 'a, b = map(int, input().split())\nprint(a + b)\n';
const PASSWORD = 'load-test-password';
const RESULT_TIMEOUT_MS = 120_000;

/** The API refuses state-changing requests from another origin (CSRF); say where we are. */
const jsonHeaders = (base: string) => ({ 'content-type': 'application/json', origin: base });
const submission = JSON.stringify({ assignment: ASSIGNMENT, language: 'python', code: CODE });

async function register(base: string, username: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/register`, { method: 'POST', headers: jsonHeaders(base), body: JSON.stringify({ username, password: PASSWORD }) });
  if (response.status === 429) throw new Error('registration is rate limited: start the stack with REGISTRATIONS_PER_IP_PER_HOUR raised (see the README)');
  if (response.status !== 201) throw new Error(`POST /api/auth/register answered ${response.status}: ${await response.text()}`);
  const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith('eduscale_session='));
  if (!session) throw new Error('POST /api/auth/register set no eduscale_session cookie');
  return session.split(';')[0] ?? '';
}

/** The identical code must have a stored result before anyone can reuse it. */
async function gradeOnce(base: string, cookie: string): Promise<void> {
  const headers = { ...jsonHeaders(base), cookie };
  const first = await fetch(`${base}/api/submissions`, { method: 'POST', headers, body: submission });
  if (first.status === 200) return;
  if (first.status !== 202) throw new Error(`the first submission answered ${first.status}: ${await first.text()}`);
  const { id } = (await first.json()) as { id: string };
  const started = Date.now();
  while (Date.now() - started < RESULT_TIMEOUT_MS) {
    await sleep(100);
    const poll = await fetch(`${base}/api/submissions/${id}`, { headers: { cookie } });
    const body = (await poll.json()) as { status?: string; verdict?: string };
    if (body.status !== 'done') continue;
    if (body.verdict !== 'accepted') throw new Error(`the reference solution was judged ${body.verdict}`);
    return;
  }
  throw new Error(`the first submission had no result within ${RESULT_TIMEOUT_MS / 1000} s`);
}

function isReused(status: number, body: string | undefined): boolean {
  if (status !== 200 || !body) return false;
  try {
    const answer = JSON.parse(body) as { reused?: boolean; status?: string };
    return answer.reused === true && answer.status === 'done';
  } catch {
    return false;
  }
}

export async function runSubmissions(options: SubmissionsOptions): Promise<SubmissionsResult> {
  const run = randomBytes(4).toString('hex');
  const cookies: string[] = [];
  // Ten at a time, as k6's setup batches them.
  for (let i = 0; i < options.users; i += 10) {
    const batch = Array.from({ length: Math.min(10, options.users - i) }, (_, j) => register(options.base, `load_${run}_${i + j}`));
    cookies.push(...(await Promise.all(batch)));
  }
  if (!cookies[0]) throw new Error('USERS must be at least 1');
  await gradeOnce(options.base, cookies[0]);
  const result = await hammer({
    url: options.base,
    seconds: options.seconds,
    connections: options.connections,
    // Each connection is one user at a time, like a k6 VU.
    headersPerConnection: Array.from({ length: options.connections }, (_, i) => ({ cookie: cookies[i % cookies.length] ?? '' })),
    ...(options.maxRequestsPerConnection ? { maxRequestsPerConnection: options.maxRequestsPerConnection } : {}),
    request: { method: 'POST', path: '/api/submissions', headers: jsonHeaders(options.base), body: submission, needsBody: true, ok: isReused },
  });
  return { users: options.users, connections: options.connections, ...summarize([result]) };
}
