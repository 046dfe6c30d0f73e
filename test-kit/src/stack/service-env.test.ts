import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../paths.ts';
import { PASSED_THROUGH, passedThrough } from './service-env.ts';

describe('the service settings npm start passes on', () => {
  it('names only variables a service parses', () => {
    const configs = ['programming-api', 'grader-api', 'battle-api'].map((service) => readFileSync(join(REPO_ROOT, service, 'src', 'config.ts'), 'utf8')).join('\n');
    assert.ok(PASSED_THROUGH.length > 0);
    for (const name of PASSED_THROUGH) assert.match(configs, new RegExp(`\\b${name}:`), `${name} is parsed by no service`);
  });

  it('takes those that are set, and nothing else', () => {
    assert.deepEqual(passedThrough({ SUBMISSIONS_PER_MINUTE: '1000', PATH: '/bin', HOME: '/root' }), { SUBMISSIONS_PER_MINUTE: '1000' });
  });
});
