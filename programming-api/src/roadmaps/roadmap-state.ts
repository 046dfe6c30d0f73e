/**
 * A learner's state on a roadmap, computed from the graph, their marks and the platform's
 * evidence, never stored: change any of the three and the state follows, so it cannot get
 * stuck. Pure; the service reads the inputs and the routes answer with the output.
 */
export type NodeKind = 'topic' | 'assignment' | 'assessment' | 'milestone';
export type NodeState = 'locked' | 'available' | 'in_progress' | 'done' | 'skipped';
/** What a learner can set by hand; `available` clears their mark, so it is never stored. */
export type Mark = 'in_progress' | 'done' | 'skipped';

export interface GraphNode {
  id: string;
  title: string;
  kind: NodeKind;
  /** An assignment slug, or an assessment template slug. */
  ref?: string;
  requires: readonly string[];
  requiresAny?: { count: number; of: readonly string[] };
}

export interface Evidence {
  solvedAssignments: ReadonlySet<string>;
  passedAssessments: ReadonlySet<string>;
  /** Assessment templates that exist; a node naming another one is locked as coming soon. */
  openAssessments: ReadonlySet<string>;
}

export interface NodeStatus {
  id: string;
  state: NodeState;
  /** What still locks the node: unmet `requires`, then the unmet members of `requiresAny`. */
  missing: string[];
  /** Present when `requiresAny` is unmet: this many more of these. */
  missingAny?: { count: number; of: string[] };
  comingSoon?: true;
}

const SATISFIED: ReadonlySet<NodeState> = new Set(['done', 'skipped']);

export function isSatisfied(state: NodeState | undefined): boolean {
  return state !== undefined && SATISFIED.has(state);
}

/**
 * Nodes in an order where each comes after what it requires; nodes on a cycle (which content
 * validation refuses) are left out, and read as locked.
 */
export function dependencyOrder(nodes: readonly GraphNode[]): GraphNode[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const waiting = new Map<string, number>();
  const dependents = new Map<string, GraphNode[]>();
  for (const node of nodes) {
    const prerequisites = new Set([...node.requires, ...(node.requiresAny?.of ?? [])].filter((id) => byId.has(id)));
    waiting.set(node.id, prerequisites.size);
    for (const id of prerequisites) dependents.set(id, [...(dependents.get(id) ?? []), node]);
  }
  const ordered = nodes.filter((node) => waiting.get(node.id) === 0);
  // The loop visits what it appends: each node once, after everything it requires.
  for (const decided of ordered) {
    for (const dependent of dependents.get(decided.id) ?? []) {
      const left = (waiting.get(dependent.id) ?? 0) - 1;
      waiting.set(dependent.id, left);
      if (left === 0) ordered.push(dependent);
    }
  }
  return ordered;
}

/** Which prerequisites of `node` are unmet, given the states decided so far. */
export function unmet(node: GraphNode, stateOf: (id: string) => NodeState | undefined): Pick<NodeStatus, 'missing' | 'missingAny'> {
  const missing = node.requires.filter((id) => !isSatisfied(stateOf(id)));
  if (!node.requiresAny) return { missing };
  const open = node.requiresAny.of.filter((id) => !isSatisfied(stateOf(id)));
  const needed = node.requiresAny.count - (node.requiresAny.of.length - open.length);
  if (needed <= 0) return { missing };
  return { missing: [...missing, ...open], missingAny: { count: needed, of: open } };
}

/**
 * One node's state once its prerequisites' states are known. Evidence and earned marks
 * (done, skipped) stand even when a new content version puts the node behind something new:
 * a version never takes back what a learner earned. A hand-marked `done` counts on topics only.
 */
export function decide(node: GraphNode, prerequisites: Pick<NodeStatus, 'missing' | 'missingAny'>, mark: Mark | undefined, evidence: Evidence): NodeStatus {
  const locked = prerequisites.missing.length > 0;
  const status = (state: NodeState): NodeStatus => ({ id: node.id, state, missing: state === 'locked' ? prerequisites.missing : [], ...(state === 'locked' && prerequisites.missingAny ? { missingAny: prerequisites.missingAny } : {}) });
  switch (node.kind) {
    case 'milestone':
      return status(locked ? 'locked' : 'done');
    case 'assignment':
      if (node.ref !== undefined && evidence.solvedAssignments.has(node.ref)) return status('done');
      break;
    case 'assessment':
      if (node.ref !== undefined && evidence.passedAssessments.has(node.ref)) return status('done');
      if (node.ref === undefined || !evidence.openAssessments.has(node.ref)) return { ...status('locked'), comingSoon: true };
      break;
    case 'topic':
      if (mark === 'done') return status('done');
  }
  if (mark === 'skipped') return status('skipped');
  if (locked) return status('locked');
  return status(mark === 'in_progress' ? 'in_progress' : 'available');
}

/** Every node's state, in the roadmap's own order. Marks for nodes no longer in it are ignored. */
export function computeStates(nodes: readonly GraphNode[], marks: ReadonlyMap<string, Mark>, evidence: Evidence): NodeStatus[] {
  const decided = new Map<string, NodeStatus>();
  const stateOf = (id: string) => decided.get(id)?.state;
  for (const node of dependencyOrder(nodes)) decided.set(node.id, decide(node, unmet(node, stateOf), marks.get(node.id), evidence));
  return nodes.map((node) => decided.get(node.id) ?? { id: node.id, state: 'locked', missing: [...node.requires] });
}

export function progressOf(statuses: readonly NodeStatus[]): { done: number; total: number; percent: number } {
  const done = statuses.filter((s) => isSatisfied(s.state)).length;
  const total = statuses.length;
  return { done, total, percent: total === 0 ? 0 : Math.round((done / total) * 100) };
}
