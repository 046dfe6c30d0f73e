import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Credentials, Password, SessionEnded, Username } from './accounts.ts';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((issue) => issue.message) ?? [];

describe('a username', () => {
  it('may be 3 to 32 letters, digits, "_" and "-"', () => {
    for (const name of ['ada', 'Ada_Lovelace-1815', 'a'.repeat(32), '___', '007']) assert.equal(Username.safeParse(name).success, true, name);
  });

  it('is refused when shorter than 3 or longer than 32 characters, saying which', () => {
    assert.deepEqual(messages(Username.safeParse('ab')), ['must be at least 3 characters']);
    assert.deepEqual(messages(Username.safeParse('a'.repeat(33))), ['must be at most 32 characters']);
  });

  it('is refused with spaces, punctuation, non-ASCII letters, a NUL byte or a newline in it', () => {
    const refused = ['ada lovelace', 'ada@home', 'ada.l', 'adä', 'ада', 'ada\0x', 'ada\n', '../ada'];
    assert.equal(refused.length, 8);
    for (const name of refused) assert.deepEqual(messages(Username.safeParse(name)), ['may contain only letters, digits, "_" and "-"'], JSON.stringify(name));
  });
});

describe('a password', () => {
  it('is 8 to 256 characters: shorter or longer is refused', () => {
    assert.equal(Password.safeParse('x'.repeat(8)).success, true);
    assert.equal(Password.safeParse('x'.repeat(256)).success, true);
    assert.deepEqual(messages(Password.safeParse('x'.repeat(7))), ['must be at least 8 characters']);
    assert.deepEqual(messages(Password.safeParse('x'.repeat(257))), ['must be at most 256 characters']);
  });
});

describe('credentials', () => {
  it('are a username and a password and nothing more', () => {
    assert.deepEqual(Credentials.parse({ username: 'ada', password: 'long enough' }), { username: 'ada', password: 'long enough' });
    assert.equal(Credentials.safeParse({ username: 'ada', password: 'long enough', admin: true }).success, false);
    assert.equal(Credentials.safeParse({ username: 'ada' }).success, false);
  });
});

describe('a session-ended announcement', () => {
  it('carries a lowercase hex sha256 of the token, never anything else', () => {
    assert.equal(SessionEnded.safeParse({ tokenHash: 'a1'.repeat(32) }).success, true);
    for (const tokenHash of ['A1'.repeat(32), 'a1'.repeat(31), 'a1'.repeat(33), `${'a1'.repeat(31)}zz`, '']) {
      assert.equal(SessionEnded.safeParse({ tokenHash }).success, false, tokenHash);
    }
  });
});
