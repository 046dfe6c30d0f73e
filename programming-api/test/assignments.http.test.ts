import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import postgres from 'postgres';
import { AssignmentDetail, AssignmentList, LANGUAGES } from '@eduscale/contracts';
import { requireEnv } from '@eduscale/test-kit/env';
import { createTestApp } from './app-harness.ts';

const app = await createTestApp();
after(() => app.close());
const api = app.client;

describe('GET /api/assignments', () => {
  it('lists the catalogue in the documented shape', async () => {
    const response = await api('/api/assignments');
    assert.equal(response.status, 200);
    const list = AssignmentList.strict().parse(response.body);
    assert.ok(list.items.length >= 12, `expected at least 12 assignments, got ${list.items.length}`);
    for (const item of list.items) {
      assert.deepEqual(Object.keys(item).sort(), ['difficulty', 'languages', 'points', 'slug', 'tags', 'title']);
    }
    const difficulties = new Set(list.items.map((item) => item.difficulty));
    assert.deepEqual([...difficulties].sort(), ['easy', 'hard', 'medium']);
  });
});

describe('conditional GETs of the catalogue', () => {
  for (const path of ['/api/assignments', '/api/assignments/add-two-numbers']) {
    it(`answers 304 without a body to a client holding the current ETag of ${path}`, async () => {
      const first = await api(path);
      const etag = first.headers.get('etag');
      assert.ok(etag, 'no ETag');
      const again = await api(path, { headers: { 'if-none-match': etag } });
      assert.equal(again.status, 304);
      assert.equal(again.text, '');
      assert.equal((await api(path, { headers: { 'if-none-match': '"stale"' } })).status, 200);
    });
  }
});

describe('GET /api/assignments/:slug', () => {
  it('returns add-two-numbers with statement, starter code for all 8 languages and samples', async () => {
    const response = await api('/api/assignments/add-two-numbers');
    assert.equal(response.status, 200);
    const detail = AssignmentDetail.parse(response.body);
    assert.equal(detail.slug, 'add-two-numbers');
    assert.ok(detail.statement.length > 100);
    assert.deepEqual(Object.keys(detail.starterCode).sort(), [...LANGUAGES].sort());
    assert.ok(detail.samples.length >= 1 && detail.samples.length <= 3);
    for (const sample of detail.samples) assert.deepEqual(Object.keys(sample).sort(), ['expected', 'input']);
  });

  it('never sends hidden test data', async () => {
    const sql = postgres(requireEnv('DATABASE_URL'), { max: 1 });
    try {
      const hidden = await sql<{ slug: string; input: string; expected: string }[]>`
        select a.slug, t.input, t.expected from assignment_tests t join assignments a on a.id = t.assignment_id
        where not t.is_sample and length(t.input) >= 12`;
      assert.ok(hidden.length > 0);
      const bySlug = Map.groupBy(hidden, (row) => row.slug);
      for (const [slug, tests] of bySlug) {
        const response = await api(`/api/assignments/${slug}`);
        assert.equal(response.status, 200);
        for (const test of tests) assert.ok(!response.text.includes(JSON.stringify(test.input).slice(1, -1)), `${slug} leaks a hidden input`);
        assert.doesNotMatch(response.text, /testsHash|checker/, `${slug} leaks grading settings`);
      }
    } finally {
      await sql.end();
    }
  });

  it('answers 404 problem+json for an unknown slug', async () => {
    const response = await api('/api/assignments/no-such-assignment');
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
    assert.match(response.body.detail, /no-such-assignment/);
  });

  it('answers 400 for a slug that cannot exist', async () => {
    const response = await api('/api/assignments/NOT_A_SLUG');
    assert.equal(response.status, 400);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
  });
});
