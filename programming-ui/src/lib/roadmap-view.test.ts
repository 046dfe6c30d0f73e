import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RoadmapNode } from '@eduscale/contracts';
import { actionForKey, allowedActions, lockReason, neighbour, outlineSections, roadmapOrigin, trackBoxes } from './roadmap-view.ts';

function node(id: string, extra: Partial<RoadmapNode> = {}): RoadmapNode {
  return { id, title: id.toUpperCase(), kind: 'topic', requires: [], state: 'available', missing: [], position: { x: 0, y: 0 }, ...extra };
}
const title = (id: string) => id.toUpperCase();

describe('roadmap view helpers', () => {
  it('say why a node is locked, by title, with a requiresAny choice counted', () => {
    assert.equal(lockReason(node('a'), title), null);
    assert.equal(lockReason(node('m', { state: 'locked', missing: ['x', 'y', 'z'], missingAny: { count: 1, of: ['y', 'z'] } }), title), 'Needs X, and 1 more of Y, Z');
    assert.equal(lockReason(node('m', { state: 'locked', missing: ['x'] }), title), 'Needs X');
    assert.match(lockReason(node('mock', { kind: 'assessment', state: 'locked', comingSoon: true }), title) ?? '', /^Coming soon/);
  });

  it('offer only the marks a node takes by hand', () => {
    assert.deepEqual(allowedActions(node('t')), ['in_progress', 'done', 'skipped']);
    assert.deepEqual(allowedActions(node('t', { state: 'done' })), ['in_progress', 'skipped', 'available']);
    assert.deepEqual(allowedActions(node('a', { kind: 'assignment' })), ['in_progress', 'skipped']);
    assert.deepEqual(allowedActions(node('a', { kind: 'assignment', state: 'done' })), []);
    assert.deepEqual(allowedActions(node('a', { state: 'locked' })), []);
    assert.deepEqual(allowedActions(node('m', { kind: 'milestone', state: 'done' })), []);
    assert.equal(actionForKey('D', node('t')), 'done');
    assert.equal(actionForKey('d', node('a', { kind: 'assignment' })), null);
    assert.equal(actionForKey('x', node('t')), null);
  });

  it('box each track around its nodes, and group the outline core first', () => {
    const nodes = [node('core'), node('t1', { track: 'deep', position: { x: 100, y: 200 } }), node('t2', { track: 'deep', position: { x: 400, y: 300 } })];
    const [box] = trackBoxes({ nodes, tracks: [{ id: 'deep', title: 'Deep', gate: 'core' }, { id: 'empty', title: 'Empty', gate: 'core' }] });
    assert.ok(box);
    assert.equal(box.x, 100 - 110 - 28);
    assert.equal(box.width, 300 + 220 + 56);
    assert.equal(box.y, 200 - 32 - 28 - 30);
    const sections = outlineSections({ nodes, tracks: [{ id: 'deep', title: 'Deep', gate: 'core' }] });
    assert.deepEqual(sections.map((s) => [s.id, s.nodes.map((n) => n.id)]), [['core', ['core']], ['deep', ['t1', 't2']]]);
  });

  it('move between nodes in order, wrapping', () => {
    const nodes = [node('a'), node('b'), node('c')];
    assert.equal(neighbour(nodes, 'a', 1), 'b');
    assert.equal(neighbour(nodes, 'a', -1), 'c');
    assert.equal(neighbour(nodes, null, 1), 'a');
    assert.equal(neighbour([], 'a', 1), null);
  });

  it('read where an assignment was opened from, and nothing else', () => {
    assert.deepEqual(roadmapOrigin('roadmap:backend-engineer:lru'), { slug: 'backend-engineer', node: 'lru', href: '/roadmaps/backend-engineer?node=lru' });
    for (const bad of [null, '', 'roadmap:Bad:x', 'roadmap:a', 'https://evil.example', 'roadmap:a:b/../c']) assert.equal(roadmapOrigin(bad), null, String(bad));
  });
});
