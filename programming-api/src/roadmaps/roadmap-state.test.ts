import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeStates, progressOf, type Evidence, type GraphNode, type Mark } from './roadmap-state.ts';

const NO_EVIDENCE: Evidence = { solvedAssignments: new Set(), passedAssessments: new Set(), openAssessments: new Set() };

function node(id: string, requires: string[] = [], extra: Partial<GraphNode> = {}): GraphNode {
  return { id, title: id, kind: 'topic', requires, ...extra };
}

function statesOf(nodes: GraphNode[], marks: Record<string, Mark> = {}, evidence: Partial<Evidence> = {}) {
  const statuses = computeStates(nodes, new Map(Object.entries(marks)), { ...NO_EVIDENCE, ...evidence });
  return Object.fromEntries(statuses.map((s) => [s.id, s]));
}

describe('a roadmap node state', () => {
  it('is available with nothing required, locked behind what is not done, naming exactly that', () => {
    const s = statesOf([node('a'), node('b'), node('c', ['a', 'b'])], { a: 'done' });
    assert.equal(s.a!.state, 'done');
    assert.equal(s.b!.state, 'available');
    assert.equal(s.c!.state, 'locked');
    assert.deepEqual(s.c!.missing, ['b']);
    assert.deepEqual(s.a!.missing, []);
  });

  it('counts a skipped node as done for unlocking, and in progress', () => {
    const nodes = [node('a'), node('b', ['a'])];
    const s = statesOf(nodes, { a: 'skipped' });
    assert.equal(s.a!.state, 'skipped');
    assert.equal(s.b!.state, 'available');
    assert.deepEqual(progressOf(computeStates(nodes, new Map([['a', 'skipped']]), NO_EVIDENCE)), { done: 1, total: 2, percent: 50 });
  });

  it('shows in_progress only on an unlocked node', () => {
    const s = statesOf([node('a'), node('b', ['a'])], { a: 'in_progress', b: 'in_progress' });
    assert.equal(s.a!.state, 'in_progress');
    assert.equal(s.b!.state, 'locked');
  });

  it('unlocks requiresAny at its count, and says how many more of which are needed until then', () => {
    const nodes = [node('x'), node('y'), node('z'), node('w'), node('pick', ['w'], { requiresAny: { count: 2, of: ['x', 'y', 'z'] } })];
    const one = statesOf(nodes, { x: 'done', w: 'done' });
    assert.equal(one.pick!.state, 'locked');
    assert.deepEqual(one.pick!.missing, ['y', 'z']);
    assert.deepEqual(one.pick!.missingAny, { count: 1, of: ['y', 'z'] });
    const two = statesOf(nodes, { x: 'done', z: 'skipped', w: 'done' });
    assert.equal(two.pick!.state, 'available');
    assert.equal(two.pick!.missingAny, undefined);
    const withoutW = statesOf(nodes, { x: 'done', y: 'done' });
    assert.deepEqual(withoutW.pick!.missing, ['w']);
  });

  it('completes a milestone when what it requires is done, which opens the track behind it (a gate)', () => {
    const nodes = [
      node('basics'),
      node('practice', ['basics'], { kind: 'assignment', ref: 'two-sum' }),
      node('core', ['basics', 'practice'], { kind: 'milestone' }),
      node('track-intro', ['core']),
      node('track-deep', ['track-intro']),
    ];
    const before = statesOf(nodes, { basics: 'done' });
    assert.equal(before.core!.state, 'locked');
    assert.deepEqual(before.core!.missing, ['practice']);
    assert.equal(before['track-intro']!.state, 'locked');
    assert.deepEqual(before['track-intro']!.missing, ['core']);
    const after = statesOf(nodes, { basics: 'done' }, { solvedAssignments: new Set(['two-sum']) });
    assert.equal(after.practice!.state, 'done');
    assert.equal(after.core!.state, 'done');
    assert.equal(after['track-intro']!.state, 'available');
    assert.equal(after['track-deep']!.state, 'locked');
  });

  it('ignores marks on milestones: they are done by what they require only', () => {
    const s = statesOf([node('a'), node('m', ['a'], { kind: 'milestone' })], { m: 'done' });
    assert.equal(s.m!.state, 'locked');
  });

  it('takes an assignment as done from an accepted submission, even before it unlocks, and never from a hand mark', () => {
    const nodes = [node('a'), node('solve', ['a'], { kind: 'assignment', ref: 'lru-cache' })];
    assert.equal(statesOf(nodes, {}, { solvedAssignments: new Set(['lru-cache']) }).solve!.state, 'done');
    assert.equal(statesOf(nodes, { a: 'done', solve: 'done' }).solve!.state, 'available');
    assert.equal(statesOf(nodes, { a: 'done', solve: 'skipped' }).solve!.state, 'skipped');
  });

  it('keeps an assessment node locked as coming soon until its template exists, then like an assignment', () => {
    const nodes = [node('a'), node('mock', ['a'], { kind: 'assessment', ref: 'backend-fundamentals' })];
    const soon = statesOf(nodes, { a: 'done' });
    assert.equal(soon.mock!.state, 'locked');
    assert.equal(soon.mock!.comingSoon, true);
    assert.deepEqual(soon.mock!.missing, []);
    const open = statesOf(nodes, { a: 'done' }, { openAssessments: new Set(['backend-fundamentals']) });
    assert.equal(open.mock!.state, 'available');
    assert.equal(open.mock!.comingSoon, undefined);
    assert.equal(statesOf(nodes, {}, { passedAssessments: new Set(['backend-fundamentals']) }).mock!.state, 'done');
  });

  it('keeps what a learner earned when a new version adds a prerequisite, and ignores marks of removed nodes', () => {
    const v2 = [node('new'), node('a', ['new']), node('b', ['a'])];
    const s = statesOf(v2, { a: 'done', removed: 'done', b: 'in_progress' });
    assert.equal(s.a!.state, 'done');
    assert.equal(s.new!.state, 'available');
    assert.equal(s.b!.state, 'in_progress');
    assert.equal(s.removed, undefined);
    assert.equal(computeStates(v2, new Map([['removed', 'done']]), NO_EVIDENCE).length, 3);
  });

  it('reads a node on a cycle (which content validation refuses) as locked instead of looping', () => {
    const s = statesOf([node('a', ['b']), node('b', ['a']), node('c')]);
    assert.equal(s.a!.state, 'locked');
    assert.equal(s.b!.state, 'locked');
    assert.equal(s.c!.state, 'available');
  });

  it('decides a 1,000-node graph: a chain of layers, each node requiring two of the layer before', () => {
    const layers = 100;
    const width = 10;
    const nodes: GraphNode[] = [];
    for (let layer = 0; layer < layers; layer++) {
      for (let i = 0; i < width; i++) {
        const requires = layer === 0 ? [] : [`n${layer - 1}-${i}`, `n${layer - 1}-${(i + 1) % width}`];
        nodes.push(node(`n${layer}-${i}`, requires));
      }
    }
    const marks: Record<string, Mark> = {};
    for (let layer = 0; layer < 50; layer++) for (let i = 0; i < width; i++) marks[`n${layer}-${i}`] = 'done';
    marks['n50-3'] = 'done';
    // Listed backwards, so the order of decisions cannot lean on the order of the file.
    const s = statesOf([...nodes].reverse(), marks);
    assert.equal(Object.keys(s).length, 1000);
    assert.equal(s['n49-9']!.state, 'done');
    assert.equal(s['n50-0']!.state, 'available');
    assert.equal(s['n50-3']!.state, 'done');
    assert.deepEqual(s['n51-2']!.missing, ['n50-2']);
    assert.deepEqual(s['n51-3']!.missing, ['n50-4']);
    assert.equal(s['n99-0']!.state, 'locked');
    assert.equal(Object.values(s).filter((x) => x.state === 'available').length, 9);
  });
});
