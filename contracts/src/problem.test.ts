import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Problem } from './problem.ts';

describe('a problem', () => {
  it('needs a type, a title and an integer status; detail, instance, requestId and errors are optional', () => {
    assert.deepEqual(Problem.parse({ type: 'about:blank', title: 'Not Found', status: 404 }), { type: 'about:blank', title: 'Not Found', status: 404 });
    const full = {
      type: 'https://eduscale.dev/problems/invalid',
      title: 'Invalid request',
      status: 400,
      detail: 'username: must be at least 3 characters',
      instance: '/api/auth/register',
      requestId: 'req-1',
      errors: [{ path: 'username', message: 'must be at least 3 characters' }],
    };
    assert.deepEqual(Problem.parse(full), full);
  });

  it('is refused without a title, with a status that is not an integer, or with errors that name no path', () => {
    const refused = [
      { type: 'about:blank', status: 500 },
      { type: 'about:blank', title: 'Oops', status: '500' },
      { type: 'about:blank', title: 'Oops', status: 500.5 },
      { type: 'about:blank', title: 'Bad', status: 400, errors: [{ message: 'wrong' }] },
    ];
    assert.equal(refused.length, 4);
    for (const problem of refused) assert.equal(Problem.safeParse(problem).success, false, JSON.stringify(problem));
  });
});
