import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, before, beforeEach, describe, it } from 'node:test';
import type { AuthoredRoadmap } from './roadmap-content.schema.ts';
import { wordCount } from './roadmap-content.lessons.ts';
import { readRoadmaps } from './roadmap-content.ts';

describe('the authored roadmaps in content/roadmaps', () => {
  let roadmaps: AuthoredRoadmap[] = [];
  // A content problem fails this hook, and with it the tests below, with every problem listed.
  before(async () => {
    roadmaps = await readRoadmaps();
  });

  it('pass every content rule (schema, references, acyclic, reachable, gates, lessons) and include the first two', () => {
    const slugs = roadmaps.map((roadmap) => roadmap.slug);
    assert.ok(slugs.includes('backend-engineer') && slugs.includes('systems-programmer'), `found ${slugs.join(', ')}`);
  });

  it('are each a full curriculum: 25+ nodes, 8+ assignments, a gated track, milestones, a requiresAny choice and an assessment', () => {
    assert.ok(roadmaps.length >= 2);
    for (const { slug, nodes, tracks } of roadmaps) {
      const count = (kind: string) => nodes.filter((node) => node.kind === kind).length;
      assert.ok(nodes.length >= 25, `${slug} has ${nodes.length} nodes`);
      assert.ok(count('assignment') >= 8, `${slug} has ${count('assignment')} assignment nodes`);
      assert.ok(tracks.length >= 1, `${slug} has no track`);
      assert.ok(count('milestone') >= 2, `${slug} has ${count('milestone')} milestones`);
      assert.ok(count('assessment') >= 1, `${slug} has no assessment node`);
      assert.ok(nodes.some((node) => node.requiresAny), `${slug} offers no requiresAny choice`);
    }
  });

  it('have lessons of 250-600 words', () => {
    const lessons = roadmaps.flatMap((roadmap) => Object.entries(roadmap.lessons).map(([id, text]) => ({ where: `${roadmap.slug}/${id}`, words: wordCount(text) })));
    assert.ok(roadmaps.length >= 2 && roadmaps.every((roadmap) => Object.keys(roadmap.lessons).length > 0));
    const outside = lessons.filter(({ words }) => words < 250 || words > 600);
    assert.deepEqual(outside, []);
  });
});

let root: string;

function write(path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

const SECTIONS = ['What it is', 'Why it matters', 'Key ideas', 'Worked example', 'References'];
const LINKS = '- [HTTP semantics](https://www.rfc-editor.org/rfc/rfc9110)\n- [MDN: HTTP](https://developer.mozilla.org/en-US/docs/Web/HTTP)\n';

function lesson(sections = SECTIONS, references = LINKS): string {
  return sections.map((heading) => `## ${heading}\n\n${heading === 'References' ? references : `Text about ${heading}.\n`}`).join('\n');
}

type Node = Record<string, unknown>;

/** A small valid roadmap: two topics, an assignment, a gate, a gated track and an assessment leaf. */
function validNodes(): Node[] {
  return [
    { id: 'http', title: 'HTTP basics', kind: 'topic', requires: [] },
    { id: 'sql', title: 'SQL basics', kind: 'topic', requires: [] },
    { id: 'pair-sum', title: 'Two sum', kind: 'assignment', ref: 'two-sum', requires: ['http'] },
    { id: 'core', title: 'Core', kind: 'milestone', requires: ['pair-sum'], requiresAny: { count: 1, of: ['sql'] } },
    { id: 'scaling', title: 'Scaling out', kind: 'topic', track: 'distributed', requires: ['core'] },
    { id: 'sharding', title: 'Sharding', kind: 'topic', track: 'distributed', requires: ['scaling'] },
    { id: 'mock', title: 'Mock assessment', kind: 'assessment', ref: 'backend-fundamentals', requires: ['core'] },
  ];
}

function writeRoadmap(slug: string, nodes: Node[], extra: Node = {}): void {
  const tracks = [{ id: 'distributed', title: 'Distributed systems', gate: 'core' }];
  write(`roadmaps/${slug}/roadmap.json`, JSON.stringify({ title: 'Backend', role: 'Backend engineer', summary: 'From HTTP to distributed systems.', version: 1, order: 1, tracks, nodes, ...extra }));
  for (const node of nodes) if (node.kind === 'topic') write(`roadmaps/${slug}/lessons/${String(node.id)}.md`, lesson());
}

function change(id: string, fields: Node): Node[] {
  return validNodes().map((node) => (node.id === id ? { ...node, ...fields } : node));
}

/** Reading fails, and the message names every one of `expected`. */
async function rejects(...expected: RegExp[]): Promise<void> {
  await assert.rejects(readRoadmaps(root), (error: Error) => {
    for (const pattern of expected) assert.match(error.message, pattern);
    return true;
  });
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'roadmaps-'));
  mkdirSync(join(root, 'assignments', 'two-sum'), { recursive: true });
  writeRoadmap('backend', validNodes());
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('reading a roadmap folder', () => {
  it('reads a valid roadmap with its lessons as markdown, keyed by topic id in node order', async () => {
    const [roadmap] = await readRoadmaps(root);
    assert.equal(roadmap!.slug, 'backend');
    assert.deepEqual(Object.keys(roadmap!.lessons), ['http', 'sql', 'scaling', 'sharding']);
    assert.match(roadmap!.lessons.http!, /^## What it is/);
    assert.deepEqual(roadmap!.nodes.map((node) => node.id), validNodes().map((node) => node.id));
  });

  it('returns roadmaps in their order, and refuses two with the same place', async () => {
    writeRoadmap('aaa-first', validNodes(), { order: 2 });
    assert.deepEqual((await readRoadmaps(root)).map((r) => r.slug), ['backend', 'aaa-first']);
    writeRoadmap('aaa-first', validNodes(), { order: 1 });
    await rejects(/aaa-first, backend: each has order 1/);
  });

  it('refuses a cycle, naming it', async () => {
    writeRoadmap('backend', change('http', { requires: ['sharding'] }));
    await rejects(/a cycle of requirements: http → sharding → scaling → core → pair-sum → http/);
  });

  it('refuses unknown references: a requirement, a track, a gate, an assignment', async () => {
    writeRoadmap('backend', change('pair-sum', { requires: ['htp'], track: 'nowhere', ref: 'three-sum' }), { tracks: [{ id: 'distributed', title: 'Distributed', gate: 'cor' }] });
    await rejects(/nodes\.2 \(pair-sum\)\.requires "htp" is not a node/, /\.track "nowhere" is not a track/, /gate "cor" is not a node/, /ref "three-sum" is not a folder in content\/assignments/);
  });

  it('refuses a track node that can open before its gate', async () => {
    writeRoadmap('backend', change('sharding', { requires: ['http'] }));
    await rejects(/tracks\.0 \(distributed\): sharding can open before the gate "core"/);
  });

  it('refuses a gate that is not a milestone, or sits in its own track', async () => {
    writeRoadmap('backend', validNodes(), { tracks: [{ id: 'distributed', title: 'Distributed', gate: 'sql' }] });
    await rejects(/gate "sql" is a topic, not a milestone/);
    writeRoadmap('backend', change('core', { track: 'distributed' }));
    await rejects(/gate "core" is in the track it gates/);
  });

  it('refuses a requirement on an assessment, which does not exist yet', async () => {
    writeRoadmap('backend', [...validNodes(), { id: 'after', title: 'After the mock', kind: 'milestone', requires: ['mock'] }]);
    await rejects(/nodes\.7 \(after\)\.requires "mock" is an assessment node/);
  });

  it('refuses a requiresAny count larger than its choices, duplicate ids and misplaced refs, all at once', async () => {
    writeRoadmap('backend', [...change('core', { requiresAny: { count: 2, of: ['sql'] } }), { id: 'http', title: 'Again', kind: 'topic', ref: 'two-sum', requires: [] }]);
    await rejects(/nodes\.3 \(core\)\.requiresAny\.count is 2, more than the 1 nodes/, /nodes\.7 \(http\)\.ref is not allowed on a topic/);
    writeRoadmap('backend', [...validNodes(), { id: 'http', title: 'Again', kind: 'topic', requires: [] }]);
    await rejects(/id "http" is used by more than one node/);
  });

  it('refuses an assignment without a ref and a milestone that requires nothing', async () => {
    writeRoadmap('backend', [...change('pair-sum', { ref: undefined }), { id: 'empty', title: 'Empty milestone', kind: 'milestone', requires: [] }]);
    await rejects(/nodes\.2 \(pair-sum\)\.ref is required on an assignment node/, /nodes\.7 \(empty\)\.requires a milestone needs requires or requiresAny/);
  });

  it('refuses a topic without a lesson and a lesson without a topic', async () => {
    rmSync(join(root, 'roadmaps/backend/lessons/sql.md'));
    write('roadmaps/backend/lessons/pair-sum.md', lesson());
    await rejects(/backend\/lessons\/sql\.md: missing/, /backend\/lessons\/pair-sum\.md: belongs to no topic node/);
  });

  it('refuses a lesson missing a section, or with them out of order, or with a title heading', async () => {
    write('roadmaps/backend/lessons/http.md', lesson(SECTIONS.filter((s) => s !== 'Key ideas')));
    write('roadmaps/backend/lessons/sql.md', lesson(['Why it matters', 'What it is', 'Key ideas', 'Worked example', 'References']));
    write('roadmaps/backend/lessons/scaling.md', `# Scaling\n\n${lesson()}`);
    await rejects(/lessons\/http\.md: has the sections \[What it is, Why it matters, Worked example, References\]/, /lessons\/sql\.md: has the sections \[Why it matters, What it is/, /lessons\/scaling\.md: has a "# Scaling" heading/);
  });

  it('counts a # line inside a code block as code, not a heading', async () => {
    write('roadmaps/backend/lessons/http.md', lesson().replace('Text about Worked example.', '```python\n# a comment\n## not a section\nprint(1)\n```'));
    assert.equal((await readRoadmaps(root)).length, 1);
  });

  it('refuses references that are too few, too many, or not links', async () => {
    write('roadmaps/backend/lessons/http.md', lesson(SECTIONS, '- [RFC 9110](https://www.rfc-editor.org/rfc/rfc9110)\n'));
    write('roadmaps/backend/lessons/sql.md', lesson(SECTIONS, LINKS + LINKS + '- [Five](https://example.org/5)\n'));
    write('roadmaps/backend/lessons/scaling.md', lesson(SECTIONS, LINKS + '- see the PostgreSQL manual\n'));
    await rejects(/http\.md: References has 1 items/, /sql\.md: References has 5 items/, /scaling\.md: References: "- see the PostgreSQL manual" is not a bullet with a markdown link/);
  });

  it('names every broken roadmap, and each broken file in it, in one error', async () => {
    write('roadmaps/Bad_Name/roadmap.json', '{}');
    write('roadmaps/broken/roadmap.json', '{ not json');
    write('roadmaps/backend/lessons/http.md', 'Just text.');
    await rejects(/Bad_Name: the folder name is not a valid slug/, /broken\/roadmap\.json: is not JSON/, /backend\/lessons\/http\.md: has text before its first section/);
  });

  it('names schema problems with their path and the node id', async () => {
    writeRoadmap('backend', change('sql', { kind: 'lecture', extra: true }), { version: 0 });
    await rejects(/roadmap\.json: version/, /nodes\.1 \(sql\)\.kind/, /nodes\.1 \(sql\).*extra/);
  });
});
