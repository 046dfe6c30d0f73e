import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LANGUAGES, type Language } from '@eduscale/contracts';
import { LANGUAGE_SPECS } from '../../languages/languages.ts';
import { assertNextRunIsFine, HOSTILE, type Conformance } from './context.ts';
import { REPO_ROOT } from './host-probes.ts';

const TIMEOUT = { timeout: 60_000 };
const PROBE = { ...HOSTILE, timeMs: 2000, outputBytes: 4 * 1024 * 1024 };

/** What a driver's sandbox must never show a program: the host folders it is built from. */
export interface HostPaths {
  /** The host folder boxes live in. */
  workDir?: string;
}

const BWRAP_LINE = "bwrap: Can't mount proc on /newroot/proc: Operation not permitted";

/** Writes BWRAP_LINE to stderr, then exits with status 125 (the sandbox wrapper's own failure code). */
const IMPERSONATOR: Record<Language, string> = {
  python: `import sys\nsys.stderr.write(${JSON.stringify(BWRAP_LINE)} + "\\n")\nsys.exit(125)\n`,
  javascript: `process.stderr.write(${JSON.stringify(BWRAP_LINE)} + "\\n");\nprocess.exitCode = 125;\n`,
  typescript: `const line: string = ${JSON.stringify(BWRAP_LINE)};\nprocess.stderr.write(line + "\\n");\nprocess.exitCode = 125;\n`,
  c: `#include <stdio.h>\nint main(void) { fputs(${JSON.stringify(BWRAP_LINE)} "\\n", stderr); return 125; }\n`,
  cpp: `#include <iostream>\nint main() { std::cerr << ${JSON.stringify(BWRAP_LINE)} << std::endl; return 125; }\n`,
  java: `public class Main { public static void main(String[] args) { System.err.println(${JSON.stringify(BWRAP_LINE)}); System.exit(125); } }\n`,
  go: `package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tfmt.Fprintln(os.Stderr, ${JSON.stringify(BWRAP_LINE)})\n\tos.Exit(125)\n}\n`,
  rust: `fn main() {\n    eprintln!(${JSON.stringify(BWRAP_LINE)});\n    std::process::exit(125);\n}\n`,
};

function json(outcome: { exitCode: number | null; stdout: string; stderr: string }): Record<string, string> {
  assert.equal(outcome.exitCode, 0, `the probe ran to the end: ${outcome.stderr}`);
  return JSON.parse(outcome.stdout) as Record<string, string>;
}

/** Programs that try to pass for the sandbox, or to reach the kernel and the host around it. */
export function trustCases(suite: Conformance, hostPaths: HostPaths): void {
  describe('a program that writes what a failing sandbox would (a bwrap: line on stderr, exit status 125)', { concurrency: 2 }, () => {
    for (const language of LANGUAGES) {
      it(`gets its own runtime_error and status back in ${LANGUAGE_SPECS[language].label}, and the sandbox is not called failed`, TIMEOUT, async () => {
        const outcome = await suite.runSource({ language, source: IMPERSONATOR[language] });
        assert.equal(outcome.verdict, 'runtime_error', `${outcome.compileOutput ?? ''}${outcome.stderr}`);
        assert.equal(outcome.exitCode, 125);
        assert.ok(outcome.stderr.includes(BWRAP_LINE), outcome.stderr);
      });
    }
  });

  describe('a program calling the kernel keyring, bpf, perf, ptrace, mount, namespaces, kexec, modules', () => {
    it('is refused every one of them, and sees no key in /proc/keys', TIMEOUT, async (t) => {
      const report = json(await suite.run({ language: 'python', file: 'forbidden-syscalls.py', limits: PROBE }));
      t.diagnostic(JSON.stringify(report));
      const { '/proc/keys': keys, ...calls } = report;
      assert.ok(Object.keys(calls).length >= 15, 'every call was made');
      for (const [call, result] of Object.entries(calls)) assert.match(result ?? '', /^(EPERM|ENOSYS|EACCES)$/, `${call}: ${result}`);
      assert.equal(keys, '');
    });

    it('leaves nothing another run can read (the keyring cannot carry hidden tests between runs)', TIMEOUT, async () => {
      await suite.run({ language: 'python', file: 'forbidden-syscalls.py', limits: PROBE });
      const report = json(await suite.run({ language: 'python', file: 'forbidden-syscalls.py', limits: PROBE }));
      assert.equal(report['/proc/keys'], '');
      await assertNextRunIsFine(suite);
    });
  });

  describe('a program reading /proc for the host around it', () => {
    it("finds neither the checkout, the work folder nor the grader's pid in any process's command line, environment, folders, open files or mount table", TIMEOUT, async () => {
      const report = json(await suite.run({ language: 'python', file: 'proc-host-paths.py', limits: PROBE }));
      assert.ok(Object.keys(report).some((path) => path.startsWith('/proc/1/')), 'it saw the sandbox’s pid 1');
      const secrets = [REPO_ROOT, hostPaths.workDir, `eduscale-grader-${process.pid}`].filter((path): path is string => Boolean(path));
      for (const [path, content] of Object.entries(report)) {
        for (const secret of secrets) assert.ok(!content.includes(secret), `${path} shows ${secret}: ${content.slice(0, 300)}`);
      }
    });
  });
}
