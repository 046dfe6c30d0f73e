import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConflictError, DependencyUnavailableError, DomainError, InvalidRequestError, TooManyRequestsError, asDomainError, problemType } from './index.ts';

class QuotaSpentError extends TooManyRequestsError {
  override name = 'QuotaSpentError';
  override readonly type = problemType('quota-spent');
  override readonly title = 'Quota spent';
}

describe('domain errors', () => {
  it('carry their status, stable type, title and the detail as message', () => {
    const error = new ConflictError('That name is taken.');
    assert.ok(error instanceof DomainError);
    assert.deepEqual([error.name, error.status, error.type, error.title, error.message], ['ConflictError', 409, 'https://eduscale.dev/problems/conflict', 'Conflict', 'That name is taken.']);
  });

  it('list field problems only when there are some', () => {
    assert.deepEqual(new InvalidRequestError('bad', [{ path: 'code', message: 'too long' }]).extensions, { errors: [{ path: 'code', message: 'too long' }] });
    assert.deepEqual(new InvalidRequestError('bad').extensions, {});
  });

  it('round Retry-After up to whole seconds, never below one', () => {
    assert.deepEqual(new TooManyRequestsError('slow down', 0.2).headers, { 'retry-after': '1' });
    assert.deepEqual(new TooManyRequestsError('slow down', 61.5).headers, { 'retry-after': '62' });
  });

  it('let a service subclass a common error with a type of its own', () => {
    const error = new QuotaSpentError('Come back tomorrow.', 3600);
    assert.deepEqual([error.status, error.type, error.title, error.headers['retry-after']], [429, 'https://eduscale.dev/problems/quota-spent', 'Quota spent', '3600']);
  });
});

describe('asDomainError', () => {
  it('turns an unreachable database into a 503 that keeps the cause', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    const mapped = asDomainError(refused);
    assert.ok(mapped instanceof DependencyUnavailableError);
    assert.equal(mapped.cause, refused);
  });

  it('leaves a bug unmapped', () => {
    assert.equal(asDomainError(new TypeError('x is undefined')), undefined);
  });
});
