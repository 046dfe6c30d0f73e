import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { availableFromEmpty, findCycle, ungatedMembers, type GraphShape } from './roadmap-graph.ts';

function node(id: string, requires: string[] = [], extra: Partial<GraphShape> = {}): GraphShape {
  return { id, kind: 'topic', requires, ...extra };
}

describe('finding a cycle', () => {
  it('finds none in a diamond, where two paths meet', () => {
    assert.equal(findCycle([node('a'), node('b', ['a']), node('c', ['a']), node('d', ['b', 'c'])]), null);
  });

  it('names the ids along a cycle, through requiresAny too', () => {
    const nodes = [node('a', ['c']), node('b', ['a']), node('c', [], { requiresAny: { count: 1, of: ['b', 'x'] } }), node('x')];
    assert.deepEqual(findCycle(nodes), ['a', 'c', 'b', 'a']);
  });

  it('finds a node that requires itself', () => {
    assert.deepEqual(findCycle([node('a', ['a'])]), ['a', 'a']);
  });
});

describe('what can become available from an empty state', () => {
  it('opens everything of a sound graph, a requiresAny once enough of its choices can be done', () => {
    const nodes = [node('a'), node('b', ['a']), node('m', [], { kind: 'milestone', requiresAny: { count: 2, of: ['a', 'b'] } }), node('c', ['m'])];
    assert.deepEqual([...availableFromEmpty(nodes, () => false)].sort(), ['a', 'b', 'c', 'm']);
  });

  it('opens an assessment that cannot be passed, but nothing behind it', () => {
    const nodes = [node('a'), node('mock', ['a'], { kind: 'assessment' }), node('after', ['mock']), node('pick', [], { requiresAny: { count: 2, of: ['a', 'mock'] } })];
    const available = availableFromEmpty(nodes, (n) => n.kind === 'assessment');
    assert.deepEqual([...available].sort(), ['a', 'mock']);
  });

  it('never opens nodes on a cycle or behind an unknown id', () => {
    const available = availableFromEmpty([node('a', ['b']), node('b', ['a']), node('c', ['ghost']), node('d')], () => false);
    assert.deepEqual([...available], ['d']);
  });
});

describe('whether a gate gates its track', () => {
  it('accepts members that require the gate directly or through other members', () => {
    const members = [node('t2', ['t1']), node('t1', ['gate']), node('t3', [], { requiresAny: { count: 1, of: ['t1', 't2'] } })];
    assert.deepEqual(ungatedMembers(members, 'gate'), []);
  });

  it('names a member that can open without the gate, including a requiresAny with an ungated way round', () => {
    const members = [node('t1', ['gate']), node('t2', ['outside']), node('t3', [], { requiresAny: { count: 1, of: ['t1', 'outside'] } })];
    assert.deepEqual(ungatedMembers(members, 'gate'), ['t2', 't3']);
  });
});
