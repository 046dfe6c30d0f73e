import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { problemAdvice } from './code-run.ts';

const problem = (status: number, detail?: string) => ({ type: 'about:blank', title: 'Request failed', status, ...(detail === undefined ? {} : { detail }) });

describe('the advice for a failed run or submission', () => {
  it('asks a learner whose session ended to sign in again', () => {
    assert.equal(problemAdvice(problem(401, 'Sign in first.')), 'Your session has ended. Sign in again to keep going.');
  });

  it('asks a learner past a rate limit to wait, after the server\'s own words', () => {
    assert.equal(problemAdvice(problem(429, 'At most 10 runs a minute.')), 'At most 10 runs a minute. Wait a moment, then try again.');
    assert.equal(problemAdvice(problem(429)), 'Too many requests. Wait a moment, then try again.');
  });

  it('tells a learner whose grading is unavailable that the code is safe', () => {
    assert.equal(problemAdvice(problem(503)), 'Grading is unavailable right now. Your code is safe here; try again shortly.');
  });

  it('is the problem\'s detail, else its title, for anything else', () => {
    assert.equal(problemAdvice(problem(413, 'Code is limited to 64 KiB.')), 'Code is limited to 64 KiB.');
    assert.equal(problemAdvice(problem(500)), 'Request failed');
  });
});
