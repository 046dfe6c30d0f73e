import { BWRAP_LINES, exitWith, SIGNALLED, type HostileProgram } from './programs.ts';

const rust = (program: Omit<HostileProgram, 'language'>): HostileProgram => ({ language: 'rust', ...program });

export const RUST: HostileProgram[] = [
  rust({ situation: 'a source of blank lines only', code: '\n\n', expected: { verdict: 'compilation_error', compileOutput: /main/ } }),
  rust({ situation: 'a source that is only a byte-order mark', code: '\uFEFF', expected: { verdict: 'compilation_error', compileOutput: /main/ } }),
  rust({
    situation: 'a source with CRLF line endings',
    code: 'fn main() {\r\n    let n: u32 = (1..=3).sum();\r\n    println!("crlf {}", n);\r\n}\r\n',
    expected: { verdict: 'accepted', exitCode: 0, stdout: 'crlf 6\n' },
  }),
  rust({
    situation: 'a library crate (#![crate_type = "lib"])',
    judgement: 'a library is not a program: rustc makes an rlib, not something to run',
    code: '#![crate_type = "lib"]\n\npub fn add(a: i64, b: i64) -> i64 {\n    a + b\n}\n',
    expected: { verdict: 'compilation_error' },
  }),
  rust({
    situation: 'a NUL byte inside a string literal',
    code: 'fn main() {\n    println!("{}", "a\u0000b".len());\n}\n',
    expected: { verdict: 'accepted', exitCode: 0, stdout: '3\n', graded: 'refused' },
  }),
  rust({
    situation: 'a panic in a thread that main unwraps',
    code: 'fn main() {\n    std::thread::spawn(|| panic!("boom in a thread")).join().unwrap();\n}\n',
    expected: { verdict: 'runtime_error', exitCode: 101, stderr: /boom in a thread/ },
  }),
  rust({ situation: 'std::process::abort() (SIGABRT)', code: 'fn main() {\n    std::process::abort();\n}\n', expected: { verdict: 'runtime_error', exitCode: SIGNALLED.SIGABRT } }),
  rust({ situation: 'a negative exit status (-1)', code: exitWith('rust', { status: -1 }), expected: { verdict: 'runtime_error', exitCode: 255 } }),
  rust({
    situation: 'writing setpriv’s and bwrap’s failures to stderr and exiting with status 1',
    code: exitWith('rust', { stderr: `setpriv: setresuid failed: Operation not permitted\n${BWRAP_LINES}\n`, status: 1 }),
    expected: { verdict: 'runtime_error', exitCode: 1, stderr: /^setpriv: setresuid failed/m },
  }),
  rust({
    situation: 'exec of a missing file, then exit status 127',
    code: 'use std::os::unix::process::CommandExt;\n\nfn main() {\n    let error = std::process::Command::new("/no/such/program").exec();\n    eprintln!("exec: {}", error);\n    std::process::exit(127);\n}\n',
    expected: { verdict: 'runtime_error', exitCode: 127, stderr: /No such file or directory/ },
  }),
];
