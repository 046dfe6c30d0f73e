import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { InvalidRequestError } from '../errors/common-errors.ts';
import { parseWith, rejectInvalidInput } from './validate.ts';

const Query = z.strictObject({ limit: z.coerce.number().int().min(1) });

describe('rejectInvalidInput', () => {
  it('throws the 400 parseWith throws, naming the part of the request', () => {
    const thrown = (() => {
      try {
        rejectInvalidInput({ target: 'query', ...Query.safeParse({ limit: '0' }) });
      } catch (error) {
        return error;
      }
    })();
    assert.ok(thrown instanceof InvalidRequestError);
    assert.equal(thrown.status, 400);
    assert.match(thrown.message, /^The query is invalid: limit /);
    assert.throws(() => parseWith(Query, { limit: '0' }, 'query'), { message: thrown.message });
    assert.deepEqual(thrown.extensions?.errors, [{ path: 'limit', message: thrown.message.replace(/^The query is invalid: limit (.*)\.$/, '$1') }]);
  });

  it('calls a JSON body the request body and a path parameter the path', () => {
    assert.throws(() => rejectInvalidInput({ target: 'json', ...Query.safeParse([]) }), /^InvalidRequestError: The request body is invalid: \(root\) /);
    assert.throws(() => rejectInvalidInput({ target: 'param', ...Query.safeParse({}) }), /^InvalidRequestError: The path is invalid: limit /);
  });

  it('lets valid input through', () => {
    assert.doesNotThrow(() => rejectInvalidInput({ target: 'query', ...Query.safeParse({ limit: '3' }) }));
  });
});
