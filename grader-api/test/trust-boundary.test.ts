/**
 * The trust boundary (DESIGN.md): whether the sandbox failed is decided only from channels
 * the program cannot write to. Each attack below writes what the sandbox itself would say
 * when it fails (its exit status, bwrap's message on stderr), in all 8 languages, straight to
 * the stack's graders' POST /run: each is the program's own result, never a 503, and no
 * grader's breaker counts any of them.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { LANGUAGES, RunResponse, type Language } from '@eduscale/contracts';
import { signUp } from '@eduscale/test-kit/edge';
import { LANGUAGE_SPECS } from '../src/languages/languages.ts';
import { assertBreakersClosed, findGraders, runOn, type GraderProcess } from './grader-fleet.ts';
import { BWRAP_LINES, BWRAP_PROC, exitWith } from './hostile-corpus/programs.ts';

let graders: GraderProcess[] = [];
let sent = 0;

/** Runs `code` on the next grader in turn, so every grader sees its share of the attacks. */
async function attack(language: Language, code: string): Promise<RunResponse> {
  const grader = graders[sent++ % graders.length]!;
  const answer = await runOn(grader, { language, code });
  assert.equal(answer.status, 200, `${grader.instance} answered ${answer.status}: ${answer.text}`);
  return RunResponse.parse(answer.body);
}

interface StderrAttack {
  situation: string;
  outcome: string;
  stderr: string;
  status: number;
}

const STDERR_ATTACKS: StderrAttack[] = [
  { situation: 'a program that exits with status 125, the sandbox wrapper’s own failure status', outcome: 'is its own runtime_error with exit code 125, never a 503', stderr: '', status: 125 },
  { situation: 'a program that writes bwrap’s "Can’t mount proc" line to stderr and exits 1', outcome: 'is its own runtime_error with exit code 1, never a 503', stderr: `${BWRAP_PROC}\n`, status: 1 },
  { situation: 'a program whose only output is bwrap’s line, unterminated, then exit 1', outcome: 'is its own runtime_error with exit code 1, never a 503', stderr: BWRAP_PROC, status: 1 },
  { situation: 'a program that writes several bwrap-like lines among its own and exits 1', outcome: 'is its own runtime_error with exit code 1, never a 503', stderr: `${BWRAP_LINES}\n`, status: 1 },
  { situation: 'a program that writes bwrap’s line and exits 125', outcome: 'is its own runtime_error with exit code 125, never a 503', stderr: `${BWRAP_PROC}\n`, status: 125 },
  { situation: 'a program that writes bwrap’s line and exits 0', outcome: 'is accepted, its stderr kept, never a 503', stderr: `${BWRAP_PROC}\n`, status: 0 },
];

describe('programs that imitate a failing sandbox, run on the stack’s graders', () => {
  before(async () => {
    graders = await findGraders((await signUp('trust')).cookie);
  });

  for (const { situation, outcome, stderr, status } of STDERR_ATTACKS) {
    describe(situation, { concurrency: 2 }, () => {
      for (const language of LANGUAGES) {
        it(`${outcome}, in ${LANGUAGE_SPECS[language].label}`, async () => {
          const result = await attack(language, exitWith(language, { stderr, status }));
          assert.equal(result.verdict, status === 0 ? 'accepted' : 'runtime_error', `${result.compileOutput ?? ''}${result.stderr}`);
          assert.equal(result.exitCode, status);
          assert.equal(result.stderr, stderr, 'stderr is the program’s, as it wrote it');
        });
      }
    });
  }

  describe('a Python program raising an exception class named bwrap', () => {
    it('is its own runtime_error whose traceback ends in "bwrap: …", never a 503', async () => {
      const code = `class bwrap(Exception):\n    pass\n\nraise bwrap(${JSON.stringify(BWRAP_PROC.slice('bwrap: '.length))})\n`;
      const result = await attack('python', code);
      assert.equal(result.verdict, 'runtime_error');
      assert.equal(result.exitCode, 1);
      assert.match(result.stderr, /^bwrap: Can't mount proc on \/newroot\/proc: Operation not permitted$/m);
    });
  });

  describe('a Java source whose compile error echoes a "bwrap: " source line', () => {
    it('is a compilation_error quoting that line, never a 503', async () => {
      const result = await attack('java', `public class Main {\n${BWRAP_PROC}\n  public static void main(String[] args) {}\n}\n`);
      assert.equal(result.verdict, 'compilation_error');
      assert.match(result.compileOutput ?? '', /^Main\.java:2: error:/m);
      assert.match(result.compileOutput ?? '', /^bwrap: Can't mount proc/m);
    });
  });

  describe('after every attack', () => {
    it('leaves each grader’s breaker closed: grader_breaker_state 0 on /metrics and closed on /health', async () => {
      assert.equal(sent, STDERR_ATTACKS.length * LANGUAGES.length + 2, 'every attack was sent');
      await assertBreakersClosed(graders);
    });
  });
});
