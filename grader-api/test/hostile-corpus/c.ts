import { BWRAP_PROC, exitWith, SIGNALLED, type HostileProgram } from './programs.ts';

const c = (program: Omit<HostileProgram, 'language'>): HostileProgram => ({ language: 'c', ...program });

const ONES = 30_000;

export const C: HostileProgram[] = [
  c({ situation: 'a source of blank lines only', code: '\n\n', expected: { verdict: 'compilation_error', compileOutput: /main/ } }),
  c({ situation: 'a source that is only a byte-order mark', code: '\uFEFF', expected: { verdict: 'compilation_error', compileOutput: /main/ } }),
  c({
    situation: 'a byte-order mark before a valid program',
    code: '\uFEFF#include <stdio.h>\nint main(void) { puts("bom"); return 0; }\n',
    expected: { verdict: 'accepted', exitCode: 0, stdout: 'bom\n' },
  }),
  c({
    situation: 'NUL bytes in a comment and in a string literal',
    code: '#include <stdio.h>\n/* a \u0000 in a comment */\nint main(void) { puts("a\u0000b"); return 0; }\n',
    expected: { verdict: 'accepted', exitCode: 0, stdout: 'a\n', graded: 'refused' },
  }),
  c({ situation: 'a program without main', code: 'int helper(int x) { return x + 1; }\n', expected: { verdict: 'compilation_error', compileOutput: /undefined reference to .main./ } }),
  c({
    situation: 'a whole program on one 60 KB line',
    code: `int a[] = {${Array(ONES).fill('1').join(',')}}; int main(void) { long s = 0; for (unsigned i = 0; i < sizeof a / sizeof *a; i++) s += a[i]; return s == ${ONES} ? 0 : 1; }`,
    expected: { verdict: 'accepted', exitCode: 0 },
  }),
  c({ situation: 'exiting with status 126', code: exitWith('c', { status: 126 }), expected: { verdict: 'runtime_error', exitCode: 126 } }),
  c({ situation: 'exiting with status 128', code: exitWith('c', { status: 128 }), expected: { verdict: 'runtime_error', exitCode: 128 } }),
  c({ situation: 'raising SIGSEGV', code: '#include <signal.h>\nint main(void) { raise(SIGSEGV); return 0; }\n', expected: { verdict: 'runtime_error', exitCode: SIGNALLED.SIGSEGV } }),
  c({ situation: 'abort() (SIGABRT)', code: '#include <stdlib.h>\nint main(void) { abort(); }\n', expected: { verdict: 'runtime_error', exitCode: SIGNALLED.SIGABRT } }),
  c({
    situation: 'perror("bwrap") and exit status 1',
    code: '#include <errno.h>\n#include <stdio.h>\nint main(void) { errno = EPERM; perror("bwrap"); return 1; }\n',
    expected: { verdict: 'runtime_error', exitCode: 1, stderr: /^bwrap: Operation not permitted/m },
  }),
  c({
    situation: 'writing bwrap’s "Can’t mount proc" line to stderr and exiting with status 1',
    code: exitWith('c', { stderr: `${BWRAP_PROC}\n`, status: 1 }),
    expected: { verdict: 'runtime_error', exitCode: 1, stderr: /^bwrap: Can't mount proc/m },
  }),
  c({
    situation: 'closing stdout and stderr, then returning 0',
    code: '#include <stdio.h>\nint main(void) { puts("before"); fclose(stdout); fclose(stderr); return 0; }\n',
    expected: { verdict: 'accepted', exitCode: 0, stdout: 'before\n' },
  }),
  c({
    situation: 'exiting while a forked child still sleeps',
    code: '#include <stdio.h>\n#include <unistd.h>\nint main(void) { if (fork() == 0) { sleep(30); return 0; } puts("parent done"); return 0; }\n',
    expected: { verdict: 'accepted', exitCode: 0, stdout: 'parent done\n' },
  }),
  c({
    situation: 'exec of a missing file, then exit status 127',
    code: '#include <stdio.h>\n#include <unistd.h>\nint main(void) { execl("/no/such/program", "program", (char *)0); perror("execl"); return 127; }\n',
    expected: { verdict: 'runtime_error', exitCode: 127, stderr: /No such file or directory/ },
  }),
];
