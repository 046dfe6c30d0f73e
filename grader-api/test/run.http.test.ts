/**
 * What NGINX does with `/api/run`: the session check (auth_request) before any grader sees a
 * run, and balancing over the grader fleet. What a grader answers is in grader-api/src/app.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RunResponse } from '@eduscale/contracts';
import { edge, signUp } from '@eduscale/test-kit/edge';

const reverse = { language: 'python', code: 'print(input()[::-1])', stdin: 'stressed' };

describe('POST /api/run through NGINX', () => {
  it('answers 401 problem+json to a signed-out caller and runs nothing', async () => {
    const response = await edge('/api/run', { json: reverse });
    assert.equal(response.status, 401);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
    assert.equal(response.headers.get('x-grader-instance'), null, 'no grader was reached');
  });

  it('passes a signed-in user’s run to a grader, which runs it on their input', async () => {
    const { cookie } = await signUp('runner');
    const response = await edge('/api/run', { json: reverse, cookie });
    assert.equal(response.status, 200, response.text);
    assert.match(response.headers.get('x-grader-instance') ?? '', /^\d+:\d+$/);
    const result = RunResponse.parse(response.body);
    assert.equal(result.verdict, 'accepted');
    assert.equal(result.stdout, 'desserts\n');
    assert.equal(result.exitCode, 0);
  });

  it('spreads runs over both grader processes', async () => {
    // Three users, four runs each: the most one user may have in flight.
    const cookies = await Promise.all([1, 2, 3].map(async () => (await signUp('runner')).cookie));
    const responses = await Promise.all(cookies.flatMap((cookie) => Array.from({ length: 4 }, () => edge('/api/run', { json: reverse, cookie }))));
    assert.ok(responses.every((r) => r.status === 200));
    const instances = new Set(responses.map((r) => r.headers.get('x-grader-instance')));
    assert.equal(instances.size, 2, `answered by ${[...instances].join(', ')}`);
  });

  it('refuses a cross-site request with 403 and runs nothing', async () => {
    const { cookie } = await signUp('runner');
    const response = await edge('/api/run', { json: reverse, cookie, headers: { origin: 'https://evil.example' } });
    assert.equal(response.status, 403);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
    assert.equal(response.headers.get('x-grader-instance'), null);
  });
});
