import { BWRAP_LINES, exitWith, SIGNALLED, type HostileProgram } from './programs.ts';

const cpp = (program: Omit<HostileProgram, 'language'>): HostileProgram => ({ language: 'cpp', ...program });

export const CPP: HostileProgram[] = [
  cpp({ situation: 'a source of spaces only', code: '  \n  ', expected: { verdict: 'compilation_error', compileOutput: /main/ } }),
  cpp({
    situation: 'a source with CRLF line endings',
    code: '#include <iostream>\r\nint main() {\r\n  std::cout << "crlf" << std::endl;\r\n}\r\n',
    expected: { verdict: 'accepted', exitCode: 0, stdout: 'crlf\n' },
  }),
  cpp({
    situation: 'a class without main',
    code: 'struct Solver { int solve() { return 42; } };\n',
    expected: { verdict: 'compilation_error', compileOutput: /undefined reference to .main./ },
  }),
  cpp({
    situation: 'an exception thrown in a thread (std::terminate, SIGABRT)',
    code: '#include <stdexcept>\n#include <thread>\nint main() {\n  std::thread t([] { throw std::runtime_error("boom in a thread"); });\n  t.join();\n}\n',
    expected: { verdict: 'runtime_error', exitCode: SIGNALLED.SIGABRT, stderr: /boom in a thread/ },
  }),
  cpp({
    situation: 'exiting with status 137',
    code: exitWith('cpp', { status: 137 }),
    expected: { verdict: 'runtime_error', exitCode: 137 },
  }),
  cpp({ situation: 'exiting with status 255', code: exitWith('cpp', { status: 255 }), expected: { verdict: 'runtime_error', exitCode: 255 } }),
  cpp({
    situation: 'writing the sandbox wrapper’s ulimit failure to stderr and exiting with status 125',
    code: exitWith('cpp', { stderr: '/usr/bin/sh: 1: ulimit: error setting limit (Operation not permitted)\n', status: 125 }),
    expected: { verdict: 'runtime_error', exitCode: 125, stderr: /ulimit: error setting limit/ },
  }),
  cpp({
    situation: 'writing bwrap-like lines to stderr and exiting with status 1',
    code: exitWith('cpp', { stderr: `${BWRAP_LINES}\n`, status: 1 }),
    expected: { verdict: 'runtime_error', exitCode: 1, stderr: /^bwrap: setting up uid map/m },
  }),
  cpp({
    situation: 'killing itself with SIGKILL',
    code: '#include <csignal>\n#include <unistd.h>\nint main() { kill(getpid(), SIGKILL); }\n',
    expected: { verdict: 'runtime_error', exitCode: SIGNALLED.SIGKILL },
  }),
];
