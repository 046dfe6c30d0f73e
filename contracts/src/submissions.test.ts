import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_CODE_BYTES } from './run.ts';
import {
  GradingEvent,
  GradingJob,
  gradingChannel,
  gradingProgressKey,
  MAX_SUBMISSION_BODY_BYTES,
  SourceCode,
  Submission,
  SUBMISSION_EVENTS,
  SubmissionListQuery,
  SubmissionRequest,
} from './submissions.ts';

const TEST = { name: 'sample-1', verdict: 'accepted', timeMs: 12, memoryKb: 9000, message: null } as const;

describe('source code', () => {
  it('is refused when it holds a NUL byte anywhere, saying so', () => {
    const withNul = ['print(1)\0', '\0', '\0print(1)', 'a\0b'];
    assert.equal(withNul.length, 4);
    for (const code of withNul) {
      const result = SourceCode.safeParse(code);
      assert.equal(result.success, false, JSON.stringify(code));
      assert.deepEqual(result.error?.issues.map((issue) => issue.message), ['must not contain a NUL byte (\\0)']);
    }
  });

  it('is refused when empty', () => {
    assert.deepEqual(SourceCode.safeParse('').error?.issues.map((issue) => issue.message), ['must not be empty']);
  });

  it('keeps every other control character, tab and line ending as written', () => {
    const code = 'print(1)\t\r\n\u0001\u001b[0m\u007f\u2028é';
    assert.equal(SourceCode.parse(code), code);
  });

  it('is not capped in size here: the 413 for code past MAX_CODE_BYTES is decided apart', () => {
    assert.equal(SourceCode.safeParse('#'.repeat(MAX_CODE_BYTES + 1)).success, true);
  });
});

describe('a submission request', () => {
  it('names an assignment, a language and the code, and nothing more', () => {
    const request = { assignment: 'add-two-numbers', language: 'python', code: 'print(1)' };
    assert.deepEqual(SubmissionRequest.parse(request), request);
    assert.equal(SubmissionRequest.safeParse({ ...request, userId: 'someone-else' }).success, false);
    assert.equal(SubmissionRequest.safeParse({ ...request, language: 'cobol' }).success, false);
    assert.equal(SubmissionRequest.safeParse({ ...request, assignment: '../etc/passwd' }).success, false);
    assert.equal(SubmissionRequest.safeParse({ ...request, code: 'print(1)\0' }).success, false);
  });

  it('fits in MAX_SUBMISSION_BODY_BYTES with MAX_CODE_BYTES of code that JSON escapes six bytes a byte', () => {
    const body = JSON.stringify({ assignment: 'a'.repeat(64), language: 'typescript', code: '\u0001'.repeat(MAX_CODE_BYTES) });
    assert.ok(Buffer.byteLength(body) > MAX_CODE_BYTES * 6, 'every byte of the code escaped to \\u0001');
    assert.ok(Buffer.byteLength(body) <= MAX_SUBMISSION_BODY_BYTES, `${Buffer.byteLength(body)} > ${MAX_SUBMISSION_BODY_BYTES}`);
  });
});

describe('the submissions list query', () => {
  it('reads limit from the query string, 20 when absent', () => {
    assert.deepEqual(SubmissionListQuery.parse({}), { limit: 20 });
    assert.deepEqual(SubmissionListQuery.parse({ limit: '5', assignment: 'two-sum' }), { limit: 5, assignment: 'two-sum' });
  });

  it('refuses a limit below 1, above 100, fractional or not a number, and unknown parameters', () => {
    const refused = [{ limit: '0' }, { limit: '101' }, { limit: '2.5' }, { limit: 'ten' }, { page: '2' }, { assignment: 'Not A Slug' }];
    assert.equal(refused.length, 6);
    for (const query of refused) assert.equal(SubmissionListQuery.safeParse(query).success, false, JSON.stringify(query));
  });
});

describe('a submission', () => {
  const submission = {
    id: 'a0b1',
    assignment: 'add-two-numbers',
    language: 'python',
    status: 'done',
    verdict: 'accepted',
    score: 1,
    tests: [TEST],
    compileOutput: null,
    reused: false,
    pointsAwarded: 100,
    createdAt: '2026-12-02T08:00:00.123Z',
    finishedAt: '2026-12-02T09:00:01+01:00',
    insights: null,
  };

  it('carries ISO timestamps with a zone, UTC or an offset', () => {
    assert.deepEqual(Submission.parse(submission), submission);
    assert.equal(Submission.safeParse({ ...submission, createdAt: '2026-12-02 08:00:00' }).success, false);
    assert.equal(Submission.safeParse({ ...submission, createdAt: '2026-12-02T08:00:00' }).success, false);
  });

  it('has a score between 0 and 1 and a verdict only from the list, or none yet', () => {
    assert.equal(Submission.safeParse({ ...submission, status: 'queued', verdict: null, finishedAt: null }).success, true);
    assert.equal(Submission.safeParse({ ...submission, score: 1.01 }).success, false);
    assert.equal(Submission.safeParse({ ...submission, score: -0.1 }).success, false);
    assert.equal(Submission.safeParse({ ...submission, verdict: 'partially_accepted' }).success, false);
  });
});

describe('the submission event stream', () => {
  it('has a status, a test, a result and an insights event, each with its schema', () => {
    assert.deepEqual(Object.keys(SUBMISSION_EVENTS).sort(), ['insights', 'result', 'status', 'test']);
    assert.equal(SUBMISSION_EVENTS.insights.safeParse({ findings: [], functions: [], complexity: null }).success, true);
    assert.equal(SUBMISSION_EVENTS.insights.safeParse({ findings: [] }).success, false, 'insights name every part, empty or null');
    assert.equal(SUBMISSION_EVENTS.status.safeParse({ status: 'running' }).success, true);
    assert.equal(SUBMISSION_EVENTS.status.safeParse({ status: 'graded' }).success, false);
    assert.equal(SUBMISSION_EVENTS.test.safeParse({ ...TEST, index: 0, total: 12 }).success, true);
    assert.equal(SUBMISSION_EVENTS.test.safeParse({ ...TEST, index: -1, total: 12 }).success, false);
    assert.equal(SUBMISSION_EVENTS.test.safeParse(TEST).success, false, 'a test event says where it is in the run');
  });
});

describe('what graders publish and queue', () => {
  it('publishes a status or a finished test, told apart by type', () => {
    assert.deepEqual(GradingEvent.parse({ type: 'status', status: 'running' }), { type: 'status', status: 'running' });
    assert.equal(GradingEvent.safeParse({ type: 'test', test: { ...TEST, index: 3, total: 12 } }).success, true);
    assert.equal(GradingEvent.safeParse({ type: 'insights', insights: { findings: [], functions: [], complexity: null } }).success, true);
    assert.equal(GradingEvent.safeParse({ type: 'result', status: 'done' }).success, false);
    assert.equal(GradingEvent.safeParse({ type: 'test', test: TEST }).success, false);
  });

  it('queues a grading by its id alone, a UUID', () => {
    const gradingId = '3b241101-e2bb-4255-8caf-4136c566a962';
    assert.deepEqual(GradingJob.parse({ gradingId }), { gradingId });
    assert.equal(GradingJob.safeParse({ gradingId: 'grading-1' }).success, false);
  });

  it('names one channel and one progress key per grading', () => {
    const id = '3b241101-e2bb-4255-8caf-4136c566a962';
    assert.equal(gradingChannel(id), `grading:${id}:events`);
    assert.equal(gradingProgressKey(id), `grading:${id}:tests`);
    assert.notEqual(gradingChannel(id), gradingChannel('5f0c1e2a-0000-4000-8000-000000000000'));
  });
});
