/**
 * The hostile corpus (hostile-corpus/, programs as data): odd programs in all 8 languages,
 * each sent to one of the stack's graders' POST /run, every fourth also through NGINX's
 * /api/run as a signed-in user, and each graded as a submission through NGINX. None is a 5xx,
 * each is one of the verdicts (never internal_error), and afterwards every grader's breaker is
 * closed and a battle that ran all along was never paused. Three programs at a time: far from
 * any timeout on a loaded 2-core machine.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LANGUAGES, RunResponse, type RunRequest } from '@eduscale/contracts';
import { edge, signUp } from '@eduscale/test-kit/edge';
import { LANGUAGE_SPECS } from '../src/languages/languages.ts';
import { gradingWatch } from './graded-submission.ts';
import { assertRunOutcome } from './hostile-corpus/assert-outcome.ts';
import { assertBreakersClosed, findGraders, runOn, type GraderAnswer, type GraderProcess } from './grader-fleet.ts';
import { gradedVerdict, HOSTILE_CORPUS, outcome, type Expected, type HostileProgram } from './hostile-corpus/index.ts';
import { startWatchedBattle, type WatchedBattle } from './watched-battle.ts';

const CONCURRENCY = 3;
const THROUGH_NGINX_EVERY = 4;

let graders: GraderProcess[] = [];
let cookie = '';
let battle: WatchedBattle | undefined;
const gradings = gradingWatch();

before(async () => {
  cookie = (await signUp('corpus')).cookie;
  graders = await findGraders(cookie);
  battle = await startWatchedBattle();
});
after(async () => {
  await battle?.stop();
  await gradings.close();
});

const request = (program: HostileProgram): RunRequest => ({ language: program.language, code: program.code, stdin: '' });

function assertAnswer(answer: GraderAnswer, expected: Expected): void {
  assert.ok(answer.status < 500, `a ${answer.status}: ${answer.text}`);
  assert.equal(answer.status, 200, answer.text);
  assertRunOutcome(RunResponse.parse(answer.body), expected);
}

describe(`the hostile corpus: ${HOSTILE_CORPUS.length} odd programs`, () => {
  it('holds at least 40 programs, at least 5 in each of the 8 languages', () => {
    assert.ok(HOSTILE_CORPUS.length >= 40, `${HOSTILE_CORPUS.length} programs`);
    for (const language of LANGUAGES) assert.ok(HOSTILE_CORPUS.filter((p) => p.language === language).length >= 5, language);
  });
});

describe('each hostile program', { concurrency: CONCURRENCY }, () => {
  HOSTILE_CORPUS.forEach((program, index) => {
    const expected = `${outcome(program.expected)}${program.judgement ? ` (judgement: ${program.judgement})` : ''}`;
    describe(`${LANGUAGE_SPECS[program.language].label}: ${program.situation}`, () => {
      it(`is ${expected} on a grader’s POST /run, never a 5xx`, async () => {
        assertAnswer(await runOn(graders[index % graders.length]!, request(program)), program.expected);
      });

      if (index % THROUGH_NGINX_EVERY === 0) {
        it(`is ${expected} through NGINX’s POST /api/run too`, async () => {
          assertAnswer(await edge('/api/run', { json: request(program), cookie }), program.expected);
        });
      }

      const graded = gradedVerdict(program.expected);
      if (graded === 'refused') {
        it('is refused as a submission with a 400 naming the code, never a 5xx', async () => {
          const answer = await gradings.refuse(program.language, program.code);
          assert.equal(answer.status, 400, answer.text);
          assert.deepEqual(answer.body.errors.map((e: { path: string }) => e.path), ['code']);
        });
      } else {
        it(`is graded ${graded} as a submission through NGINX`, async () => {
          const submission = await gradings.grade(program.language, program.code);
          assert.equal(submission.verdict, graded, submission.compileOutput ?? JSON.stringify(submission.tests.slice(0, 2)));
          if (program.expected.compileOutput) assert.match(submission.compileOutput ?? '', program.expected.compileOutput);
        });
      }
    });
  });
});

describe('sources the API refuses before any grader compiles them', () => {
  it('answers 400 naming the code for an empty source, on a grader and through NGINX', async () => {
    for (const answer of [await runOn(graders[0]!, { language: 'c', code: '' }), await edge('/api/run', { json: { language: 'c', code: '' }, cookie })]) {
      assert.equal(answer.status, 400, answer.text);
      assert.deepEqual(answer.body.errors.map((e: { path: string }) => e.path), ['code']);
    }
  });

  const ONE_MB_LINE = `print(${JSON.stringify('x'.repeat(1024 * 1024))})`;

  it('answers 413 problem+json for a source of one 1 MB line on a grader', async () => {
    const answer = await runOn(graders[1]!, { language: 'python', code: ONE_MB_LINE });
    assert.equal(answer.status, 413, answer.text.slice(0, 500));
    assert.equal(answer.body.type, 'https://eduscale.dev/problems/payload-too-large');
  });

  // `location = /api/run` sets error_page 401 and 403, so it inherits none of the server's error
  // pages unless it repeats them: NGINX's own HTML 413 page went out.
  it('answers 413 problem+json for a source of one 1 MB line through NGINX', async () => {
    const answer = await edge('/api/run', { json: { language: 'python', code: ONE_MB_LINE }, cookie });
    assert.equal(answer.status, 413, answer.text.slice(0, 500));
    assert.equal(answer.headers.get('content-type'), 'application/problem+json', answer.text.slice(0, 500));
    assert.equal(answer.body.type, 'https://eduscale.dev/problems/payload-too-large');
  });
});

describe('after the whole corpus', () => {
  it('leaves every grader’s breaker closed: grader_breaker_state 0 on /metrics and closed on /health', async () => {
    await assertBreakersClosed(graders);
  });

  it('graded every program, and none ended internal_error', async () => {
    const gradable = HOSTILE_CORPUS.filter((program) => gradedVerdict(program.expected) !== 'refused');
    assert.ok(gradable.length >= 40, `${gradable.length} gradable programs`);
    assert.equal(gradings.submitted.length, gradable.length, 'every program the API takes was accepted for grading');
    assert.equal(await gradings.internalErrors(), 0);
  });

  it('never paused the battle running all along: its pausedAt stayed null and its endsAt never moved', async () => {
    const row = await battle!.stop();
    const { readings, pollErrors, endsAt } = battle!;
    assert.ok(readings.filter((r) => r.via === 'http').length >= 10, `the battle was read ${readings.length} times (poll errors: ${pollErrors.join(', ')})`);
    for (const reading of readings) {
      assert.deepEqual(reading, { via: reading.via, status: 'running', pausedAt: null, endsAt }, 'every reading');
    }
    assert.deepEqual(row, { status: 'running', pausedAt: null, endsAt: new Date(endsAt) });
  });
});
