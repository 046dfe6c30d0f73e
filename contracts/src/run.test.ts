import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RunRequest, RunResponse } from './run.ts';

describe('a run request', () => {
  it('reads stdin as empty when the editor sends none', () => {
    assert.deepEqual(RunRequest.parse({ language: 'c', code: 'int main(void) { return 0; }' }), { language: 'c', code: 'int main(void) { return 0; }', stdin: '' });
  });

  it('is refused for empty code, a language we do not run, or a stray field', () => {
    const refused = [{ language: 'python', code: '' }, { language: 'cobol', code: 'DISPLAY 1' }, { language: 'python', code: 'print(1)', timeMs: 60_000 }];
    assert.equal(refused.length, 3);
    for (const request of refused) assert.equal(RunRequest.safeParse(request).success, false, JSON.stringify(request));
  });
});

describe('a run response', () => {
  const response = { verdict: 'runtime_error', stdout: '', stderr: 'Traceback', exitCode: 1, timeMs: 12.5, memoryKb: 9000, compileOutput: null, findings: [] };

  it('carries a verdict, both streams, and an exit code that is null when the program was killed', () => {
    assert.deepEqual(RunResponse.parse(response), response);
    assert.equal(RunResponse.safeParse({ ...response, verdict: 'time_limit_exceeded', exitCode: null }).success, true);
    assert.equal(RunResponse.safeParse({ ...response, exitCode: 1.5 }).success, false);
    assert.equal(RunResponse.safeParse({ ...response, verdict: 'crashed' }).success, false);
  });
});
