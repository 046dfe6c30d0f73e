import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import postgres from 'postgres';
import { AssignmentDetail, AssignmentList, LANGUAGES } from '@eduscale/contracts';
import { edge } from '@eduscale/test-kit/edge';
import { requireEnv } from '@eduscale/test-kit/env';

describe('GET /api/assignments', () => {
  it('lists the catalogue in the documented shape', async () => {
    const response = await edge('/api/assignments');
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
      const first = await edge(path);
      const etag = first.headers.get('etag');
      assert.ok(etag, 'no ETag');
      const again = await edge(path, { headers: { 'if-none-match': etag } });
      assert.equal(again.status, 304);
      assert.equal(again.text, '');
      assert.equal((await edge(path, { headers: { 'if-none-match': '"stale"' } })).status, 200);
    });
  }
});

describe('the edge cache in front of the catalogue', () => {
  it('answers a repeated read from NGINX for a second', async () => {
    await edge('/api/assignments/two-sum');
    const again = await edge('/api/assignments/two-sum');
    assert.ok(['HIT', 'UPDATING', 'STALE'].includes(again.headers.get('x-cache') ?? ''), `X-Cache: ${again.headers.get('x-cache')}`);
    assert.equal(again.body.slug, 'two-sum');
  });

  it('goes to the API for a client that asks for a fresh copy', async () => {
    const fresh = await edge('/api/assignments', { headers: { 'cache-control': 'no-cache' } });
    assert.equal(fresh.headers.get('x-cache'), 'BYPASS');
    assert.equal(fresh.status, 200);
  });

  it('gives each response its own request id, cached or not', async () => {
    const ids = await Promise.all([1, 2].map(async () => (await edge('/api/assignments')).headers.get('x-request-id')));
    assert.ok(ids[0] && ids[1] && ids[0] !== ids[1]);
  });

  it('keeps errors out of the cache', async () => {
    for (let i = 0; i < 2; i++) assert.notEqual((await edge('/api/assignments/no-such-assignment')).headers.get('x-cache'), 'HIT');
  });
});

describe('GET /api/assignments/:slug', () => {
  it('returns add-two-numbers with statement, starter code for all 8 languages and samples', async () => {
    const response = await edge('/api/assignments/add-two-numbers');
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
        const response = await edge(`/api/assignments/${slug}`);
        assert.equal(response.status, 200);
        for (const test of tests) assert.ok(!response.text.includes(JSON.stringify(test.input).slice(1, -1)), `${slug} leaks a hidden input`);
        assert.doesNotMatch(response.text, /testsHash|checker/, `${slug} leaks grading settings`);
      }
    } finally {
      await sql.end();
    }
  });

  it('answers 404 problem+json for an unknown slug', async () => {
    const response = await edge('/api/assignments/no-such-assignment');
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
    assert.match(response.body.detail, /no-such-assignment/);
  });

  it('answers 400 for a slug that cannot exist', async () => {
    const response = await edge('/api/assignments/NOT_A_SLUG');
    assert.equal(response.status, 400);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
  });
});
