import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { suggestNextStep } from './roadmap-next-step.ts';
import { computeStates, type Evidence, type GraphNode, type Mark } from './roadmap-state.ts';

const NO_EVIDENCE: Evidence = { solvedAssignments: new Set(), passedAssessments: new Set(), openAssessments: new Set() };

function node(id: string, requires: string[] = [], extra: Partial<GraphNode> = {}): GraphNode {
  return { id, title: id.toUpperCase(), kind: 'topic', requires, ...extra };
}

function next(nodes: GraphNode[], marks: Record<string, Mark> = {}, evidence: Evidence = NO_EVIDENCE) {
  const markMap = new Map(Object.entries(marks));
  return suggestNextStep(nodes, computeStates(nodes, markMap, evidence), markMap, evidence);
}

describe('the next step', () => {
  it('is the available node that unlocks the most, with the reason in words', () => {
    const nodes = [node('small'), node('big'), node('one', ['small']), node('two', ['big']), node('three', ['big']), node('four', ['big', 'small'])];
    assert.deepEqual(next(nodes), { id: 'big', title: 'BIG', reason: 'Unlocks 2 steps, including TWO' });
    assert.deepEqual(next(nodes, { big: 'done' }), { id: 'small', title: 'SMALL', reason: 'Unlocks 2 steps, including ONE' });
  });

  it('counts what a milestone it completes would open', () => {
    const nodes = [node('a'), node('b'), node('gate', ['a'], { kind: 'milestone' }), node('t1', ['gate']), node('t2', ['gate']), node('after-b', ['b'])];
    assert.deepEqual(next(nodes), { id: 'a', title: 'A', reason: 'Unlocks 2 steps, including T1' });
  });

  it('prefers what brings locked steps closer when nothing unlocks yet', () => {
    const nodes = [node('x'), node('y'), node('z'), node('needs-all', ['y', 'z'])];
    assert.deepEqual(next(nodes), { id: 'y', title: 'Y', reason: 'Brings NEEDS-ALL closer' });
  });

  it('counts a milestone it brings closer, since milestones open tracks', () => {
    const nodes = [node('other'), node('x'), node('y'), node('gate', ['x', 'y'], { kind: 'milestone' })];
    assert.deepEqual(next(nodes), { id: 'x', title: 'X', reason: 'Brings GATE closer' });
  });

  it('breaks ties toward a started node, then a topic over an exercise, then roadmap order', () => {
    const exercise = node('exercise', [], { kind: 'assignment', ref: 'two-sum' });
    assert.equal(next([exercise, node('lesson'), node('later')])?.id, 'lesson');
    assert.deepEqual(next([exercise, node('lesson'), node('later')], { later: 'in_progress' }), { id: 'later', title: 'LATER', reason: 'You have started it' });
    assert.deepEqual(next([node('first'), node('second')]), { id: 'first', title: 'FIRST', reason: 'Next in the roadmap' });
  });

  it('is null when nothing is left to work on', () => {
    assert.equal(next([node('a'), node('b', ['a'])], { a: 'done', b: 'skipped' }), null);
    assert.equal(next([node('mock', [], { kind: 'assessment', ref: 'soon' })]), null);
  });
});
