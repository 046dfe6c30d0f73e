import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { LANGUAGES, type Language } from '@eduscale/contracts';
import { LANGUAGE_SPECS } from '../../languages/languages.ts';
import type { Sandbox } from '../sandbox.ts';
import { conformance, FRIENDLY } from './context.ts';
import { isolationCases } from './isolation.conformance.ts';
import { limitCases } from './limits.conformance.ts';
import { trustCases, type HostPaths } from './trust.conformance.ts';

const TIMEOUT = { timeout: 30_000 };

const HELLO: Record<Language, string> = {
  python: 'hello/hello.py',
  javascript: 'hello/hello.js',
  typescript: 'hello/hello.ts',
  c: 'hello/hello.c',
  cpp: 'hello/hello.cpp',
  java: 'hello/hello.java',
  go: 'hello/hello.go',
  rust: 'hello/hello.rs',
};

/**
 * Registers the sandbox conformance suite: every language, every limit and every attack we know
 * of (grader-image/example-test-code), run against one driver through the execution service.
 * What `info().enforcement` says the host cannot enforce is registered as skipped, so the gap
 * shows in the report. The driver needs a concurrency of at least 2 (two runs must overlap).
 */
export function sandboxConformance(name: string, createSandbox: () => Sandbox | Promise<Sandbox>, hostPaths: HostPaths = {}): void {
  describe(name, async () => {
    const sandbox = await createSandbox();
    const suite = conformance(sandbox);
    after(() => sandbox.close());

    it('says what this host enforces', (t) => {
      const info = sandbox.info();
      t.diagnostic(`enforcement: ${JSON.stringify(info.enforcement)}`);
      for (const note of info.notes) t.diagnostic(`note: ${note}`);
      assert.deepEqual(Object.keys(info.enforcement).sort(), ['cpuTime', 'memory', 'network', 'processes']);
    });

    describe('a hello-world program reading a name on stdin', { concurrency: 2 }, () => {
      for (const language of LANGUAGES) {
        it(`is accepted and greets the name in ${LANGUAGE_SPECS[language].label}`, TIMEOUT, async () => {
          const outcome = await suite.run({ language, file: HELLO[language], stdin: 'Ada\n', limits: FRIENDLY });
          assert.equal(outcome.verdict, 'accepted', `${outcome.compileOutput ?? ''}${outcome.stderr}`);
          assert.equal(outcome.stdout, 'Hello, Ada!\n');
        });
      }
    });

    describe('a program that does not compile', () => {
      it('is a compilation_error with the compiler’s message in compileOutput', TIMEOUT, async () => {
        const outcome = await suite.run({ language: 'c', file: 'compile-error.c' });
        assert.equal(outcome.verdict, 'compilation_error');
        assert.match(outcome.compileOutput ?? '', /error: expected .;. before .return./);
      });
    });

    describe('a segfault', () => {
      it('is a runtime_error', TIMEOUT, async () => {
        const outcome = await suite.run({ language: 'c', file: 'segfault.c' });
        assert.equal(outcome.verdict, 'runtime_error');
        assert.equal(outcome.exitCode, 128 + 11, 'its status, as a shell reports death by SIGSEGV');
      });
    });

    limitCases(suite);
    isolationCases(suite);
    trustCases(suite, hostPaths);
  });
}
