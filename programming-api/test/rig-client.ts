/**
 * What a fault test does against its grading rig's API: sign up, submit, wait for the verdict,
 * read the grading's row. `rig` is read when called (the rig starts in a before hook).
 */
import assert from 'node:assert/strict';
import { ADD_TWO } from './submissions-client.ts';
import type { GradingRig } from './grading-rig.ts';

/** Polls `probe` until it gives a value (an error counts as not yet), failing after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function rigClient(getRig: () => GradingRig) {
  let userCount = 0;

  async function signUp(): Promise<string> {
    const response = await getRig().api.request('/api/auth/register', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: `rig_${process.pid}_${++userCount}`, password: 'correct horse battery' }),
    });
    assert.equal(response.status, 201, await response.text());
    return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  }

  async function submit(cookie: string, code: string): Promise<Response> {
    return getRig().api.request('/api/submissions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ assignment: ADD_TWO, language: 'python', code }),
    });
  }

  async function submitted(cookie: string, code: string): Promise<string> {
    const response = await submit(cookie, code);
    assert.equal(response.status, 202, await response.clone().text());
    return ((await response.json()) as { id: string }).id;
  }

  async function statusOf(cookie: string, id: string): Promise<{ status: string; verdict: string | null; tests: unknown[] }> {
    const response = await getRig().api.request(`/api/submissions/${id}`, { headers: { cookie } });
    assert.equal(response.status, 200);
    return (await response.json()) as { status: string; verdict: string | null; tests: unknown[] };
  }

  const untilDone = (cookie: string, id: string, timeoutMs?: number) =>
    waitFor(`submission ${id} to finish`, async () => {
      const submission = await statusOf(cookie, id);
      return submission.status === 'done' ? submission : undefined;
    }, timeoutMs);

  const gradingOf = async (submissionId: string) => {
    const [row] = await getRig().sql<{ id: string; attempts: number; tests: number }[]>`
      select g.id, g.attempts, (select count(*)::int from grading_tests t where t.grading_id = g.id) as tests
      from submissions s join gradings g on g.id = s.grading_id where s.id = ${submissionId}`;
    assert.ok(row);
    return row;
  };

  return { signUp, submit, submitted, statusOf, waitFor, untilDone, gradingOf };
}
