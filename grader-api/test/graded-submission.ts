/**
 * A graded submission through NGINX, followed to its result. A grader puts a grading back on
 * the queue (and starts it again) only when it believes its sandbox failed, so a grading
 * started a third time is reported at once instead of being waited on for ever.
 */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import postgres from 'postgres';
import { Submission, type Language } from '@eduscale/contracts';
import { edge, signUp, type EdgeResponse } from '@eduscale/test-kit/edge';
import { requireEnv } from '@eduscale/test-kit/env';
import { submissionsClient } from '../../programming-api/test/submissions-client.ts';

/** Bounds a wait that only a stuck grading reaches; a normal one takes seconds. */
const GIVE_UP_MS = 180_000;

const { submit } = submissionsClient(edge);

export function gradingWatch() {
  const sql = postgres(requireEnv('DATABASE_URL'), { max: 2, onnotice: () => {} });
  const submitted: string[] = [];

  return {
    /** Ids of every submission accepted so far. */
    submitted,

    /** Submits `code` as a new signed-in user (each has its own rate limit) and waits for the result. */
    async grade(language: Language, code: string): Promise<Submission> {
      const { cookie } = await signUp('hostile');
      const accepted = await submit(cookie, code, language);
      assert.ok(accepted.status === 202 || accepted.status === 200, `POST /api/submissions answered ${accepted.status}: ${accepted.text}`);
      const id: string = accepted.body.id;
      submitted.push(id);
      const deadline = Date.now() + GIVE_UP_MS;
      for (;;) {
        const response = await edge(`/api/submissions/${id}`, { cookie });
        assert.equal(response.status, 200, response.text);
        if (response.body.status === 'done') return Submission.parse(response.body);
        const [grading] = await sql<{ attempts: number }[]>`select g.attempts from submissions s join gradings g on g.id = s.grading_id where s.id = ${id}`;
        assert.ok(grading!.attempts <= 2, `grading started ${grading!.attempts} times: a grader keeps putting it back, as it does when it thinks its sandbox failed`);
        assert.ok(Date.now() < deadline, `submission ${id} still ${response.body.status} after ${GIVE_UP_MS / 1000} s`);
        await sleep(250);
      }
    },

    /** Submits `code` as a new signed-in user, expecting the API to refuse it: its answer. */
    async refuse(language: Language, code: string): Promise<EdgeResponse> {
      const { cookie } = await signUp('hostile');
      return submit(cookie, code, language);
    },

    /** How many of the submitted gradings ended internal_error. */
    async internalErrors(): Promise<number> {
      const [row] = await sql<{ count: number }[]>`
        select count(*)::int as count from submissions s join gradings g on g.id = s.grading_id
        where s.id = any(${submitted}::uuid[]) and g.verdict = 'internal_error'`;
      return row!.count;
    },

    close: () => sql.end(),
  };
}
