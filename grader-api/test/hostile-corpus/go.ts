import { BWRAP_LINES, BWRAP_PROC, exitWith, literal, SIGNALLED, type HostileProgram } from './programs.ts';

const go = (program: Omit<HostileProgram, 'language'>): HostileProgram => ({ language: 'go', ...program });

export const GO: HostileProgram[] = [
  go({ situation: 'a source of blank lines only', code: '\n\n', expected: { verdict: 'compilation_error', compileOutput: /package/ } }),
  go({ situation: 'a source that is only a byte-order mark', code: '\uFEFF', expected: { verdict: 'compilation_error', compileOutput: /package/ } }),
  go({
    situation: 'a source with CRLF line endings',
    code: 'package main\r\n\r\nimport "fmt"\r\n\r\nfunc main() {\r\n\tfmt.Println("crlf")\r\n}\r\n',
    expected: { verdict: 'accepted', exitCode: 0, stdout: 'crlf\n' },
  }),
  go({
    situation: 'a NUL byte inside the source',
    code: 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("a\u0000b")\n}\n',
    expected: { verdict: 'compilation_error', compileOutput: /NUL/, graded: 'refused' },
  }),
  go({
    situation: 'package notmain',
    judgement: 'a library is not a program: go build makes an archive, not something to run',
    code: 'package notmain\n\nfunc Add(a, b int) int { return a + b }\n',
    expected: { verdict: 'compilation_error' },
  }),
  go({ situation: 'package main without func main', code: 'package main\n\nfunc helper() int { return 1 }\n', expected: { verdict: 'compilation_error', compileOutput: /main/ } }),
  go({
    situation: 'a panic in a goroutine',
    code: 'package main\n\nimport "time"\n\nfunc main() {\n\tgo func() { panic("boom in a goroutine") }()\n\ttime.Sleep(time.Second)\n}\n',
    expected: { verdict: 'runtime_error', exitCode: 2, stderr: /boom in a goroutine/ },
  }),
  go({
    situation: 'killing itself with SIGKILL',
    code: 'package main\n\nimport "syscall"\n\nfunc main() {\n\tsyscall.Kill(syscall.Getpid(), syscall.SIGKILL)\n\tselect {}\n}\n',
    expected: { verdict: 'runtime_error', exitCode: SIGNALLED.SIGKILL },
  }),
  go({
    situation: 'log.Fatal with bwrap’s "Can’t mount proc" message',
    code: `package main\n\nimport "log"\n\nfunc main() {\n\tlog.SetFlags(0)\n\tlog.Fatal(${literal(BWRAP_PROC)})\n}\n`,
    expected: { verdict: 'runtime_error', exitCode: 1, stderr: /^bwrap: Can't mount proc/m },
  }),
  go({
    situation: 'writing bwrap-like lines to stderr and exiting 0',
    code: exitWith('go', { stderr: `${BWRAP_LINES}\n`, status: 0 }),
    expected: { verdict: 'accepted', exitCode: 0, stderr: /^bwrap: execvp/m },
  }),
  go({ situation: 'exiting with status 125', code: exitWith('go', { status: 125 }), expected: { verdict: 'runtime_error', exitCode: 125 } }),
  go({
    situation: 'exec of a missing file, then exit status 127',
    code: 'package main\n\nimport (\n\t"fmt"\n\t"os"\n\t"syscall"\n)\n\nfunc main() {\n\terr := syscall.Exec("/no/such/program", []string{"program"}, nil)\n\tfmt.Fprintln(os.Stderr, "exec:", err)\n\tos.Exit(127)\n}\n',
    expected: { verdict: 'runtime_error', exitCode: 127, stderr: /no such file or directory/ },
  }),
];
