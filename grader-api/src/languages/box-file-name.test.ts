import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isBoxFileName } from './box-file-name.ts';

describe('box file names', () => {
  it('accepts one path component, Unicode and $ included', () => {
    for (const name of ['main.py', 'Mainé.java', '$Main.java', '名前.java', `${'a'.repeat(95)}.java`]) assert.equal(isBoxFileName(name), true, name);
  });

  it('refuses paths, hidden files, NUL, broken UTF-16 and names over 100 bytes', () => {
    for (const name of ['', 'a/b.java', '../x', '.hidden', 'a\0b', 'a\ud800.java', `${'a'.repeat(96)}.java`, `${'é'.repeat(48)}.java`]) {
      assert.equal(isBoxFileName(name), false, JSON.stringify(name));
    }
  });
});
