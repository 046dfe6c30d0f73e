import { decide, isSatisfied, unmet, type Evidence, type GraphNode, type Mark, type NodeState, type NodeStatus } from './roadmap-state.ts';

export interface NextStep {
  id: string;
  title: string;
  reason: string;
}

interface Candidate {
  node: GraphNode;
  index: number;
  /** Steps (milestones aside) that finishing it would unlock, in roadmap order. */
  unlocks: GraphNode[];
  /** Other locked steps it is one of the things missing for. */
  closer: GraphNode[];
}

/**
 * The suggested next step: of the nodes a learner can work on, the one whose completion
 * unlocks the most locked steps (milestones it completes pass the unlocking on), then the one
 * that is missing for the most; ties go to what was started, then to a topic over an
 * exercise (learn, then practise), then to roadmap order.
 */
export function suggestNextStep(nodes: readonly GraphNode[], statuses: readonly NodeStatus[], marks: ReadonlyMap<string, Mark>, evidence: Evidence): NextStep | null {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const stateById = new Map(statuses.map((s) => [s.id, s.state]));
  const dependents = dependentsOf(nodes);
  const candidates = nodes
    .map((node, index) => ({ node, index, state: stateById.get(node.id) }))
    .filter(({ state }) => state === 'available' || state === 'in_progress')
    .map(({ node, index }): Candidate => {
      const unlocks = simulateDone(node, byId, stateById, dependents, marks, evidence);
      const unlocked = new Set(unlocks.map((n) => n.id));
      const closer = (dependents.get(node.id) ?? []).filter((d) => stateById.get(d.id) === 'locked' && !unlocked.has(d.id));
      return { node, index, unlocks, closer };
    });
  candidates.sort(
    (a, b) =>
      b.unlocks.length - a.unlocks.length ||
      b.closer.length - a.closer.length ||
      Number(stateById.get(b.node.id) === 'in_progress') - Number(stateById.get(a.node.id) === 'in_progress') ||
      Number(b.node.kind === 'topic') - Number(a.node.kind === 'topic') ||
      a.index - b.index,
  );
  const [best] = candidates;
  if (!best) return null;
  return { id: best.node.id, title: best.node.title, reason: reasonFor(best, stateById.get(best.node.id)) };
}

function reasonFor({ unlocks, closer }: Candidate, state: NodeState | undefined): string {
  const [firstUnlocked] = unlocks;
  const [firstCloser] = closer;
  if (firstUnlocked) return unlocks.length === 1 ? `Unlocks ${firstUnlocked.title}` : `Unlocks ${unlocks.length} steps, including ${firstUnlocked.title}`;
  if (firstCloser) return closer.length === 1 ? `Brings ${firstCloser.title} closer` : `Brings ${closer.length} steps closer, including ${firstCloser.title}`;
  return state === 'in_progress' ? 'You have started it' : 'Next in the roadmap';
}

function dependentsOf(nodes: readonly GraphNode[]): Map<string, GraphNode[]> {
  const dependents = new Map<string, GraphNode[]>();
  for (const node of nodes) {
    for (const id of new Set([...node.requires, ...(node.requiresAny?.of ?? [])])) dependents.set(id, [...(dependents.get(id) ?? []), node]);
  }
  return dependents;
}

/** Re-decides only what lies downstream of `start` as if it were done: the nodes that leave `locked`. */
function simulateDone(
  start: GraphNode,
  byId: ReadonlyMap<string, GraphNode>,
  states: ReadonlyMap<string, NodeState>,
  dependents: ReadonlyMap<string, GraphNode[]>,
  marks: ReadonlyMap<string, Mark>,
  evidence: Evidence,
): GraphNode[] {
  const changed = new Map<string, NodeState>([[start.id, 'done']]);
  const stateOf = (id: string) => changed.get(id) ?? states.get(id);
  const unlocked = new Set<string>();
  const queue = [start.id];
  for (const reached of queue) {
    for (const dependent of dependents.get(reached) ?? []) {
      if (states.get(dependent.id) !== 'locked' || changed.has(dependent.id)) continue;
      const next = decide(dependent, unmet(dependent, stateOf), marks.get(dependent.id), evidence).state;
      if (next === 'locked') continue;
      changed.set(dependent.id, next);
      if (dependent.kind !== 'milestone') unlocked.add(dependent.id);
      if (isSatisfied(next)) queue.push(dependent.id);
    }
  }
  return [...byId.values()].filter((node) => unlocked.has(node.id));
}
