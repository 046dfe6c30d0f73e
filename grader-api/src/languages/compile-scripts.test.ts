import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { compileThenFail, compileThenRequire, rustcBinaryOnly } from './compile-scripts.ts';

const dir = mkdtempSync(join(tmpdir(), 'compile-scripts-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// A stand-in compiler: a shell snippet, run with the script's remaining arguments.
const compiler = (snippet: string, ...args: string[]) => ['/bin/sh', '-c', snippet, 'cc', ...args];
const MESSAGE = 'Write `main()` — not $HOME, "quoted" or $(id)';

function run(argv: string[]) {
  const result = spawnSync(argv[0]!, argv.slice(1), { cwd: dir, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('compiling, then requiring what the compiler should have built', () => {
  it('succeeds when the compiler built the file', () => {
    assert.deepEqual(run(compileThenRequire(compiler('echo built; touch "$1"', 'a b$c'), { test: '-f', file: 'a b$c', message: MESSAGE })), { status: 0, stdout: 'built\n', stderr: '' });
  });

  it('keeps the compiler’s own failure, exit status and output, without the message', () => {
    assert.deepEqual(run(compileThenRequire(compiler('echo "main.c:1: error" >&2; exit 3'), { test: '-f', file: 'missing', message: MESSAGE })), { status: 3, stdout: '', stderr: 'main.c:1: error\n' });
  });

  it('fails with the message, word for word, when the file is missing', () => {
    assert.deepEqual(run(compileThenRequire(compiler('true'), { test: '-f', file: 'missing', message: MESSAGE })), { status: 1, stdout: '', stderr: `${MESSAGE}\n` });
  });

  it('fails when an executable was required and the file is not one', () => {
    writeFileSync(join(dir, 'archive'), '!<arch>\n');
    chmodSync(join(dir, 'archive'), 0o644);
    assert.equal(run(compileThenRequire(compiler('true'), { test: '-x', file: 'archive', message: MESSAGE })).status, 1);
    chmodSync(join(dir, 'archive'), 0o755);
    assert.equal(run(compileThenRequire(compiler('true'), { test: '-x', file: 'archive', message: MESSAGE })).status, 0);
  });
});

describe('compiling for the errors, then failing', () => {
  it('fails with the message after a clean compile', () => {
    assert.deepEqual(run(compileThenFail(compiler('echo warning >&2'), MESSAGE)), { status: 1, stdout: '', stderr: `warning\n${MESSAGE}\n` });
  });

  it('shows only the compiler’s errors when it fails', () => {
    assert.deepEqual(run(compileThenFail(compiler('echo "Main.java:1: error" >&2; exit 2'), MESSAGE)), { status: 2, stdout: '', stderr: 'Main.java:1: error\n' });
  });
});

describe('running rustc only for a binary crate', () => {
  // Answers `--print file-names` with $NAMES (failing when it is "fail"), else "compiles".
  const rustc = (names: string) => compiler(`for a; do if [ "$a" = --print ]; then [ "${names}" = fail ] && exit 1; echo "${names}"; exit 0; fi; done; echo compiled`, '-o', 'main', 'main.rs');

  it('compiles a crate that builds exactly main', () => {
    assert.deepEqual(run(rustcBinaryOnly(rustc('main'), MESSAGE)), { status: 0, stdout: 'compiled\n', stderr: '' });
  });

  it('refuses a library crate without compiling it', () => {
    assert.deepEqual(run(rustcBinaryOnly(rustc('libmain.rlib'), MESSAGE)), { status: 1, stdout: '', stderr: `${MESSAGE}\n` });
  });

  it('compiles anyway when rustc cannot name the files, so its errors show', () => {
    assert.deepEqual(run(rustcBinaryOnly(rustc('fail'), MESSAGE)), { status: 0, stdout: 'compiled\n', stderr: '' });
  });
});
