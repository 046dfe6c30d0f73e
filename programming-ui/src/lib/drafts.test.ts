import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { loadDraft, preferredLanguage, rememberLanguage, saveDraft } from './drafts.ts';

/** The browser's Web Storage, as far as drafts use it. */
class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** Storage as Safari's private mode or a full quota gives it: every call throws. */
class RefusingStorage {
  getItem(): never {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }
  setItem(): never {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }
  removeItem(): never {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }
}

function useStorage(storage: object | undefined): void {
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true, writable: true });
}

describe('drafts in the browser\'s storage', () => {
  let storage: MemoryStorage;
  beforeEach(() => useStorage((storage = new MemoryStorage())));
  afterEach(() => useStorage(undefined));

  it('keeps one draft per assignment and language', () => {
    saveDraft({ slug: 'two-sum', language: 'python', code: 'print(2)', starter: '# write here' });
    saveDraft({ slug: 'two-sum', language: 'rust', code: 'fn main() {}', starter: '// write here' });
    saveDraft({ slug: 'add-two-numbers', language: 'python', code: 'print(3)', starter: '# write here' });
    assert.equal(loadDraft('two-sum', 'python'), 'print(2)');
    assert.equal(loadDraft('two-sum', 'rust'), 'fn main() {}');
    assert.equal(loadDraft('add-two-numbers', 'python'), 'print(3)');
    assert.equal(loadDraft('add-two-numbers', 'rust'), null);
  });

  it('forgets a draft set back to the starter, so a new starter shows through', () => {
    saveDraft({ slug: 'two-sum', language: 'python', code: 'print(2)', starter: '# write here' });
    saveDraft({ slug: 'two-sum', language: 'python', code: '# write here', starter: '# write here' });
    assert.equal(loadDraft('two-sum', 'python'), null);
    assert.equal(storage.items.size, 0);
  });

  it('offers the remembered language only where the assignment has it', () => {
    assert.equal(preferredLanguage(['python', 'go']), undefined);
    rememberLanguage('go');
    assert.equal(preferredLanguage(['python', 'go']), 'go');
    assert.equal(preferredLanguage(['python', 'java']), undefined);
  });

  it('ignores a remembered language that is not one of ours', () => {
    storage.setItem('eduscale:language', 'cobol');
    assert.equal(preferredLanguage(['python']), undefined);
  });
});

describe('drafts when the browser refuses storage (private mode, a full quota)', () => {
  beforeEach(() => useStorage(new RefusingStorage()));
  afterEach(() => useStorage(undefined));

  it('are kept by the page alone: nothing throws and nothing is found', () => {
    assert.doesNotThrow(() => saveDraft({ slug: 'two-sum', language: 'python', code: 'print(2)', starter: '' }));
    assert.doesNotThrow(() => rememberLanguage('python'));
    assert.equal(loadDraft('two-sum', 'python'), null);
    assert.equal(preferredLanguage(['python']), undefined);
  });
});

describe('drafts where there is no storage at all (rendering on the server)', () => {
  beforeEach(() => useStorage(undefined));

  it('are never found, and saving them does not throw', () => {
    assert.doesNotThrow(() => saveDraft({ slug: 'two-sum', language: 'python', code: 'print(2)', starter: '' }));
    assert.equal(loadDraft('two-sum', 'python'), null);
    assert.equal(preferredLanguage(['python']), undefined);
  });
});
