/**
 * The Roadmaps API of API.md, in-process over a scratch database (its own roadmaps, so the
 * seed's retiring of unknown ones touches nobody else): a guest's fresh state, enrolling,
 * marks that unlock, the refusals, and evidence that arrives as a solve.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RoadmapDetail, RoadmapNode } from '@eduscale/contracts';
import { createScratchDatabase } from '@eduscale/test-kit/databases';
import { uniqueUsername } from '@eduscale/test-kit/http';
import { seedRoadmaps, type SeedableRoadmap } from '../src/roadmaps/roadmap-seed.service.ts';
import { createTestApp, type TestApp } from './app-harness.ts';

const lesson = (topic: string) => `## What it is\n${topic}.\n## Why it matters\nIt does.\n## Key ideas\n- one\n## Worked example\nSee.\n## References\n- [MDN](https://developer.mozilla.org/)\n- [RFC 9110](https://www.rfc-editor.org/rfc/rfc9110)\n`;

const FIXTURE: SeedableRoadmap = {
  slug: 'fixture-backend',
  title: 'Fixture backend',
  role: 'Backend engineer',
  summary: 'A small roadmap for the tests.',
  version: 1,
  order: 1,
  tracks: [{ id: 'advanced', title: 'Advanced', gate: 'core' }],
  nodes: [
    { id: 'intro', title: 'Introduction', kind: 'topic', requires: [] },
    { id: 'basics', title: 'Basics', kind: 'topic', requires: ['intro'] },
    { id: 'practice', title: 'Practise the sum', kind: 'assignment', ref: 'fixture-sum', requires: ['basics'] },
    { id: 'choice-a', title: 'Choice A', kind: 'topic', requires: ['intro'] },
    { id: 'choice-b', title: 'Choice B', kind: 'topic', requires: ['intro'] },
    { id: 'choice-c', title: 'Choice C', kind: 'topic', requires: ['intro'] },
    { id: 'core', title: 'Core done', kind: 'milestone', requires: ['practice'], requiresAny: { count: 2, of: ['choice-a', 'choice-b', 'choice-c'] } },
    { id: 'deep', title: 'Deep dive', kind: 'topic', track: 'advanced', requires: ['core'] },
    { id: 'mock', title: 'Mock assessment', kind: 'assessment', ref: 'fixture-mock', requires: ['core'] },
  ],
  lessons: Object.fromEntries(['intro', 'basics', 'choice-a', 'choice-b', 'choice-c', 'deep'].map((id) => [id, lesson(id)])),
};

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let api: TestApp;

async function call(path: string, init: { method?: string; json?: unknown; cookie?: string } = {}) {
  const headers: Record<string, string> = {};
  if (init.cookie) headers.cookie = init.cookie;
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  const response = await api.request(path, { method: init.method ?? 'GET', headers, body: init.json === undefined ? undefined : JSON.stringify(init.json) });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

async function signUp() {
  const response = await api.request('/api/auth/register', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: uniqueUsername('road'), password: 'correct horse battery' }) });
  assert.equal(response.status, 201);
  const { user } = (await response.json()) as { user: { id: string } };
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('eduscale_session='))?.split(';')[0];
  assert.ok(cookie);
  return { id: user.id, cookie };
}

const byId = (detail: RoadmapDetail) => new Map<string, RoadmapNode>(detail.nodes.map((n) => [n.id, n]));
const mark = (cookie: string, id: string, state: string) => call(`/api/roadmaps/${FIXTURE.slug}/nodes/${id}`, { method: 'PUT', cookie, json: { state } });

before(async () => {
  scratch = await createScratchDatabase();
  await scratch.sql`
    insert into assignments (slug, title, difficulty, points, statement, languages, starter_code, time_limit_ms, memory_limit_mb, checker, tests_hash)
    values ('fixture-sum', 'Sum', 'easy', 100, 'Add.', ${['python']}, ${scratch.sql.json({ python: '' })}, 1000, 64, ${scratch.sql.json({ kind: 'exact' })}, 'fixture')`;
  await seedRoadmaps(scratch.sql, [FIXTURE]);
  api = await createTestApp({ DATABASE_URL: scratch.url, LOG_LEVEL: 'error' });
});
after(async () => {
  await api?.close();
  await scratch?.drop();
});

describe('roadmaps for a guest', () => {
  it('lists the roadmap with its counts, not enrolled', async () => {
    const list = await call('/api/roadmaps');
    assert.equal(list.status, 200);
    assert.deepEqual(list.body.items, [{ slug: FIXTURE.slug, title: FIXTURE.title, role: FIXTURE.role, summary: FIXTURE.summary, nodes: 9, done: 0, enrolled: false }]);
  });

  it('shows the fresh state: what opens first, what locks the rest, the next step and a computed layout', async () => {
    const { status, body } = await call(`/api/roadmaps/${FIXTURE.slug}`);
    assert.equal(status, 200);
    const nodes = byId(body);
    assert.deepEqual([...nodes.keys()], FIXTURE.nodes.map((n) => n.id));
    assert.equal(nodes.get('intro')?.state, 'available');
    assert.deepEqual(nodes.get('basics')?.missing, ['intro']);
    assert.equal(nodes.get('core')?.state, 'locked');
    assert.deepEqual(nodes.get('core')?.missingAny, { count: 2, of: ['choice-a', 'choice-b', 'choice-c'] });
    assert.equal(nodes.get('mock')?.comingSoon, true);
    assert.equal(nodes.get('deep')?.track, 'advanced');
    assert.deepEqual(body.next, { id: 'intro', title: 'Introduction', reason: 'Unlocks 4 steps, including Basics' });
    assert.deepEqual(body.progress, { done: 0, total: 9, percent: 0 });
    assert.deepEqual(body.tracks, FIXTURE.tracks);
    assert.ok(body.edges.some((e: { from: string; to: string; any?: boolean }) => e.from === 'choice-a' && e.to === 'core' && e.any === true));
    const positions = new Set(body.nodes.map((n: RoadmapNode) => `${n.position.x},${n.position.y}`));
    assert.equal(positions.size, 9, 'every node has a place of its own');
    assert.ok(nodes.get('intro')!.position.y < nodes.get('basics')!.position.y, 'a prerequisite is drawn above what it unlocks');
  });

  it('serves a topic lesson, and no lesson for other kinds', async () => {
    const topic = await call(`/api/roadmaps/${FIXTURE.slug}/nodes/intro`);
    assert.equal(topic.status, 200);
    assert.match(topic.body.lesson, /## Worked example/);
    assert.equal((await call(`/api/roadmaps/${FIXTURE.slug}/nodes/practice`)).body.lesson, null);
  });

  it('answers problem+json: 404 for an unknown roadmap or node, 400 for a malformed one, 401 for marks and enrolment', async () => {
    for (const [path, expected] of [[`/api/roadmaps/no-such-roadmap`, 404], [`/api/roadmaps/${FIXTURE.slug}/nodes/no-such-node`, 404], ['/api/roadmaps/Not_A_Slug', 400]] as const) {
      const response = await call(path);
      assert.equal(response.status, expected, path);
      assert.match(response.type, /^application\/problem\+json/);
    }
    assert.equal((await mark('', 'intro', 'done')).status, 401);
    assert.equal((await call(`/api/roadmaps/${FIXTURE.slug}/enrol`, { method: 'POST' })).status, 401);
  });
});

describe('a learner on a roadmap', () => {
  it('enrols and leaves', async () => {
    const { cookie } = await signUp();
    assert.equal((await call(`/api/roadmaps/${FIXTURE.slug}/enrol`, { method: 'POST', cookie })).status, 200);
    assert.equal((await call('/api/roadmaps', { cookie })).body.items[0].enrolled, true);
    assert.equal((await call(`/api/roadmaps/${FIXTURE.slug}/enrol`, { method: 'DELETE', cookie })).status, 204);
    assert.equal((await call('/api/roadmaps', { cookie })).body.items[0].enrolled, false);
    assert.equal((await call('/api/roadmaps/no-such-roadmap/enrol', { method: 'POST', cookie })).status, 404);
  });

  it('unlocks steps by marks, and is refused marks on a locked step, done by hand on an assignment or a milestone, and bad states', async () => {
    const { cookie } = await signUp();
    const locked = await mark(cookie, 'basics', 'done');
    assert.equal(locked.status, 409);
    assert.deepEqual(locked.body.missing, ['intro']);
    assert.match(locked.body.detail, /Introduction/);

    const intro = await mark(cookie, 'intro', 'done');
    assert.equal(intro.status, 200, JSON.stringify(intro.body));
    assert.equal(intro.body.state, 'done');
    assert.equal((await mark(cookie, 'basics', 'in_progress')).body.state, 'in_progress');
    assert.equal((await mark(cookie, 'basics', 'done')).body.state, 'done');

    const byHand = await mark(cookie, 'practice', 'done');
    assert.equal(byHand.status, 409);
    assert.match(byHand.body.detail, /accepted submission/);
    assert.equal((await mark(cookie, 'core', 'skipped')).status, 409);
    assert.equal((await mark(cookie, 'intro', 'finished')).status, 400);

    const detail = byId((await call(`/api/roadmaps/${FIXTURE.slug}`, { cookie })).body);
    assert.equal(detail.get('practice')?.state, 'available');
    assert.equal((await call('/api/roadmaps', { cookie })).body.items[0].enrolled, true, 'a first mark enrols');
  });

  it('counts an accepted submission as the assignment node done, and opens the gated track once the milestone is reached', async () => {
    const { id, cookie } = await signUp();
    for (const node of ['intro', 'basics', 'choice-a']) assert.equal((await mark(cookie, node, 'done')).status, 200);
    assert.equal((await mark(cookie, 'choice-b', 'skipped')).body.state, 'skipped');
    const before = byId((await call(`/api/roadmaps/${FIXTURE.slug}`, { cookie })).body);
    assert.deepEqual(before.get('core')?.missing, ['practice']);
    assert.equal(before.get('deep')?.state, 'locked');

    await scratch.sql`insert into solves (user_id, assignment_id, points) select ${id}, id, points from assignments where slug = 'fixture-sum'`;
    const { body } = await call(`/api/roadmaps/${FIXTURE.slug}`, { cookie });
    const after = byId(body);
    assert.equal(after.get('practice')?.state, 'done');
    assert.equal(after.get('core')?.state, 'done');
    assert.equal(after.get('deep')?.state, 'available');
    assert.equal(after.get('mock')?.state, 'locked', 'assessments are coming soon');
    assert.deepEqual(body.next, { id: 'choice-c', title: 'Choice C', reason: 'Next in the roadmap' });
    assert.deepEqual(body.progress, { done: 6, total: 9, percent: 67 });

    const progress = await call('/api/me/progress', { cookie });
    assert.equal(progress.status, 200);
    assert.deepEqual(progress.body.roadmaps, [{ slug: FIXTURE.slug, title: FIXTURE.title, enrolled: true, progress: { done: 6, total: 9, percent: 67 }, next: body.next }]);
  });

  it('keeps a cleared mark cleared: available undoes skipped', async () => {
    const { cookie } = await signUp();
    await mark(cookie, 'intro', 'skipped');
    assert.equal((await mark(cookie, 'basics', 'in_progress')).status, 200);
    assert.equal((await mark(cookie, 'intro', 'available')).body.state, 'available');
    const nodes = byId((await call(`/api/roadmaps/${FIXTURE.slug}`, { cookie })).body);
    assert.equal(nodes.get('basics')?.state, 'locked');
  });
});
