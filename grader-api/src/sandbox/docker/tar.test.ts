import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tarball } from './tar.ts';

const OWNER = { uid: 10001, gid: 10001 };

describe('a box tarball', () => {
  it('unpacks with GNU tar into exactly the files given, byte for byte, mode 0644', () => {
    const dir = mkdtempSync(join(tmpdir(), 'grader-tar-'));
    try {
      const files = { 'main.c': 'int main(void) { return 0; }\n', 'Main.java': 'class Main { /* é ü 🙂 */ }\n', '$Main.java': 'class $Main {}\n', 'Mainé.java': 'class Mainé {}\n', 'empty.txt': '', 'big.txt': 'x'.repeat(512 * 3 + 7) };
      execFileSync('tar', ['-x', '-f', '-', '-C', dir, '--no-same-owner'], { input: tarball(files, OWNER) });
      assert.deepEqual(readdirSync(dir).sort(), Object.keys(files).sort());
      for (const [name, content] of Object.entries(files)) {
        assert.equal(readFileSync(join(dir, name), 'utf8'), content, name);
        assert.equal(statSync(join(dir, name)).mode & 0o777 & ~0o022, 0o644 & ~0o022, name);
      }
      const listing = execFileSync('tar', ['-t', '-v', '--numeric-owner', '-f', '-'], { input: tarball(files, OWNER), encoding: 'utf8' });
      assert.match(listing, /10001\/10001/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is two empty blocks when there are no files', () => {
    assert.deepEqual(tarball({}, OWNER), Buffer.alloc(1024));
  });

  for (const name of ['../escape', 'dir/file', '.hidden', '', 'a'.repeat(101), 'é'.repeat(51), 'nul\0byte']) {
    it(`refuses the file name ${JSON.stringify(name.length > 20 ? `${name.slice(0, 8)}…` : name)}`, () => {
      assert.throws(() => tarball({ [name]: 'x' }, OWNER), { name: 'SandboxFault' });
    });
  }
});
