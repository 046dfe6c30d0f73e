/*
 * Compile commands that also check, in the same sandbox, that the compiler built something to
 * run: compilers happily build a Go package that is not main or a Rust library, and the run would
 * then fail on a file that is not a program. The checks look at what the compiler produced, so
 * comments and strings cannot fool them. File names and messages are arguments of the script,
 * never part of its text, and the compiler's own errors always come first.
 */

const SHELL = '/bin/sh';

const THEN_REQUIRE = 'test=$1 file=$2 message=$3; shift 3; "$@" || exit; [ "$test" "$file" ] && exit 0; printf "%s\\n" "$message" >&2; exit 1';

/** Runs the compiler, then fails with `message` unless `file` exists (`-f`) or is executable (`-x`). */
export function compileThenRequire(compiler: readonly string[], requirement: { test: '-f' | '-x'; file: string; message: string }): string[] {
  return [SHELL, '-c', THEN_REQUIRE, 'compile', requirement.test, requirement.file, requirement.message, ...compiler];
}

const THEN_FAIL = 'message=$1; shift; "$@" || exit; printf "%s\\n" "$message" >&2; exit 1';

/** Runs the compiler for its errors, then fails with `message` anyway: there is nothing to run. */
export function compileThenFail(compiler: readonly string[], message: string): string[] {
  return [SHELL, '-c', THEN_FAIL, 'compile', message, ...compiler];
}

// rustc names the files it would write, from the crate's own `crate_type` attributes; a binary
// crate written with `-o main` is exactly `main`. When it cannot tell (a syntax error), the
// compile itself says what is wrong.
const RUST_BINARY_ONLY = 'message=$1; shift; if names=$("$@" --print file-names 2>/dev/null) && [ "$names" != main ]; then printf "%s\\n" "$message" >&2; exit 1; fi; exec "$@"';

/** Runs rustc (whose argv ends in `-o main <file>`) unless the crate would build no `main` executable. */
export function rustcBinaryOnly(rustc: readonly string[], message: string): string[] {
  return [SHELL, '-c', RUST_BINARY_ONLY, 'compile', message, ...rustc];
}
