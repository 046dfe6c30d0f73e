import { BWRAP_LINES, BWRAP_PROC, exitWith, literal, SIGNALLED, type HostileProgram } from './programs.ts';

const python = (program: Omit<HostileProgram, 'language'>): HostileProgram => ({ language: 'python', ...program });

export const PYTHON: HostileProgram[] = [
  python({ situation: 'a source of blank lines only', code: '\n\n\n', expected: { verdict: 'accepted', exitCode: 0, stdout: '' } }),
  python({ situation: 'a source that is only a byte-order mark', code: '\uFEFF', expected: { verdict: 'accepted', exitCode: 0, stdout: '' } }),
  python({
    situation: 'a source with CRLF line endings',
    code: 'total = 0\r\nfor i in range(3):\r\n    total += i\r\nprint("crlf", total)\r\n',
    expected: { verdict: 'accepted', exitCode: 0, stdout: 'crlf 3\n' },
  }),
  python({
    situation: 'a source that is one 60 KB line',
    code: `print(len(${literal('x'.repeat(60_000))}))`,
    expected: { verdict: 'accepted', exitCode: 0, stdout: '60000\n' },
  }),
  python({
    situation: 'a NUL byte inside the source',
    judgement: 'a SyntaxError, which Python reports when it runs: it has no compile step here',
    code: 'print("a\u0000b")\n',
    expected: { verdict: 'runtime_error', exitCode: 1, stderr: /SyntaxError/, graded: 'refused' },
  }),
  python({ situation: 'printing one 1 MB line', code: 'import sys\nsys.stdout.write("x" * (1024 * 1024) + "\\n")\n', expected: { verdict: 'output_limit_exceeded' } }),
  python({ situation: 'exiting with status 125', code: exitWith('python', { status: 125 }), expected: { verdict: 'runtime_error', exitCode: 125 } }),
  python({
    situation: 'raising SystemExit with bwrap’s "Can’t mount proc" message',
    code: `raise SystemExit(${literal(BWRAP_PROC)})\n`,
    expected: { verdict: 'runtime_error', exitCode: 1, stderr: /^bwrap: Can't mount proc/m },
  }),
  python({
    situation: 'writing bwrap-like lines to stderr and exiting with status 2',
    code: exitWith('python', { stderr: `${BWRAP_LINES}\n`, status: 2 }),
    expected: { verdict: 'runtime_error', exitCode: 2, stderr: /^bwrap: Creating new namespace/m },
  }),
  python({
    situation: 'killing itself with SIGKILL',
    code: 'import os, signal\nprint("going", flush=True)\nos.kill(os.getpid(), signal.SIGKILL)\n',
    expected: { verdict: 'runtime_error', exitCode: SIGNALLED.SIGKILL, stdout: 'going\n' },
  }),
  python({
    situation: 'an exception raised in a thread while the main thread ends well',
    code: 'import threading\n\ndef work():\n    raise ValueError("boom in a thread")\n\nt = threading.Thread(target=work)\nt.start()\nt.join()\nprint("main done")\n',
    expected: { verdict: 'accepted', exitCode: 0, stdout: 'main done\n', stderr: /boom in a thread/ },
  }),
  python({
    situation: 'closing stdout and stderr, then exiting 0',
    code: 'import os, sys\nprint("before", flush=True)\nsys.stderr.flush()\nos.close(1)\nos.close(2)\n',
    expected: { verdict: 'accepted', exitCode: 0, stdout: 'before\n' },
  }),
  python({
    situation: 'exiting while a forked child still sleeps',
    code: 'import os, time\nif os.fork() == 0:\n    time.sleep(30)\n    os._exit(0)\nprint("parent done")\n',
    expected: { verdict: 'accepted', exitCode: 0, stdout: 'parent done\n' },
  }),
  python({
    situation: 'exec of a missing file',
    code: 'import os\nos.execv("/no/such/program", ["program"])\n',
    expected: { verdict: 'runtime_error', exitCode: 1, stderr: /FileNotFoundError/ },
  }),
];
