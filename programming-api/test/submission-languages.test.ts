/** A language the assignment does not offer is a 400, over a catalogue of the test's own. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createScratchDatabase } from '@eduscale/test-kit/databases';
import { readCatalogue } from '../src/catalogue/content.ts';
import { seedCatalogue } from '../src/catalogue/seed.service.ts';
import { createTestApp, type TestApp } from './app-harness.ts';

describe('a language the assignment does not offer', () => {
  let app: TestApp;
  let drop: () => Promise<void>;
  let cookie: string;
  let slug = '';

  before(async () => {
    const scratch = await createScratchDatabase();
    drop = scratch.drop;
    const [first] = await readCatalogue();
    assert.ok(first);
    // Offered languages are those with starter code: this one is Python only.
    await seedCatalogue({ sql: scratch.sql }, [{ ...first, starterCode: { python: first.starterCode.python ?? '' } }]);
    app = await createTestApp({ DATABASE_URL: scratch.url });
    const registered = await app.request('/api/auth/register', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: `lang_${process.pid}`, password: 'correct horse battery' }),
    });
    cookie = (registered.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    slug = first.slug;
  });
  after(async () => {
    await app?.close();
    await drop?.();
  });

  it('is a 400 naming the languages it does offer, and nothing is written', async () => {
    const response = await app.request('/api/submissions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ assignment: slug, language: 'java', code: 'class Main {}' }),
    });
    assert.equal(response.status, 400);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
    const problem = (await response.json()) as { detail: string; errors: { path: string }[] };
    assert.match(problem.detail, /python/);
    assert.deepEqual(problem.errors.map((e) => e.path), ['language']);
    const list = await app.request('/api/submissions', { headers: { cookie } });
    assert.deepEqual(((await list.json()) as { items: unknown[] }).items, []);
  });
});
