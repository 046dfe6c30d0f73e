import { BWRAP_LINES, BWRAP_PROC, exitWith, literal, SIGNALLED, type HostileProgram } from './programs.ts';

const javascript = (program: Omit<HostileProgram, 'language'>): HostileProgram => ({ language: 'javascript', ...program });

export const JAVASCRIPT: HostileProgram[] = [
  javascript({ situation: 'a source of spaces only', code: '   ', expected: { verdict: 'accepted', exitCode: 0, stdout: '' } }),
  javascript({ situation: 'a source that is only a byte-order mark', code: '\uFEFF', expected: { verdict: 'accepted', exitCode: 0, stdout: '' } }),
  javascript({
    situation: 'a NUL byte inside a string literal',
    code: 'const s = "a\u0000b";\nconsole.log(s.length);\n',
    expected: { verdict: 'accepted', exitCode: 0, stdout: '3\n', graded: 'refused' },
  }),
  javascript({
    situation: 'an uncaught error named bwrap',
    code: `class bwrap extends Error {}\nbwrap.prototype.name = 'bwrap';\nthrow new bwrap(${literal(BWRAP_PROC.slice('bwrap: '.length))});\n`,
    expected: { verdict: 'runtime_error', exitCode: 1, stderr: /^bwrap: Can't mount proc/m },
  }),
  javascript({
    situation: 'writing bwrap-like lines to stderr and exiting with status 1',
    code: exitWith('javascript', { stderr: `${BWRAP_LINES}\n`, status: 1 }),
    expected: { verdict: 'runtime_error', exitCode: 1, stderr: /^bwrap: execvp/m },
  }),
  javascript({
    situation: 'process.exit(256), which wraps to status 0',
    code: 'console.log("wrapped");\nprocess.exit(256);\n',
    expected: { verdict: 'accepted', exitCode: 0, stdout: 'wrapped\n' },
  }),
  javascript({ situation: 'killing itself with SIGKILL', code: 'process.kill(process.pid, "SIGKILL");\n', expected: { verdict: 'runtime_error', exitCode: SIGNALLED.SIGKILL } }),
  javascript({ situation: 'process.abort() (SIGABRT)', code: 'process.abort();\n', expected: { verdict: 'runtime_error', exitCode: SIGNALLED.SIGABRT } }),
  javascript({
    situation: 'an error thrown in a worker thread',
    code: 'const { Worker } = require("node:worker_threads");\nnew Worker("throw new Error(\'boom in a worker\')", { eval: true });\n',
    expected: { verdict: 'runtime_error', exitCode: 1, stderr: /boom in a worker/ },
  }),
  javascript({
    situation: 'exiting while a child process still sleeps',
    code: 'const { spawn } = require("node:child_process");\nspawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"], { stdio: "inherit" }).unref();\nconsole.log("parent done");\n',
    expected: { verdict: 'accepted', exitCode: 0, stdout: 'parent done\n' },
  }),
];
