/** Pure questions about a roadmap's graph that content validation asks; no learner involved. */
export interface GraphShape {
  id: string;
  kind: string;
  requires: readonly string[];
  requiresAny?: { count: number; of: readonly string[] };
}

function prerequisitesOf(node: GraphShape): string[] {
  return [...node.requires, ...(node.requiresAny?.of ?? [])];
}

/** One cycle as the ids along it, the first repeated at the end (`a → b → a`), or null. */
export function findCycle(nodes: readonly GraphShape[]): string[] | null {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const finished = new Set<string>();
  const path: string[] = [];
  const onPath = new Set<string>();
  const visit = (id: string): string[] | null => {
    if (onPath.has(id)) return [...path.slice(path.indexOf(id)), id];
    const node = byId.get(id);
    if (finished.has(id) || !node) return null;
    path.push(id);
    onPath.add(id);
    for (const prerequisite of prerequisitesOf(node)) {
      const cycle = visit(prerequisite);
      if (cycle) return cycle;
    }
    path.pop();
    onPath.delete(id);
    finished.add(id);
    return null;
  };
  for (const node of nodes) {
    const cycle = visit(node.id);
    if (cycle) return cycle;
  }
  return null;
}

/**
 * The ids of the nodes that can become available starting from nothing done, when everything
 * that can be finished is: a node `neverFinished` names (an assessment, which a learner may never pass)
 * can open but never counts as done. Nodes on a cycle or behind an unknown id never open.
 */
export function availableFromEmpty(nodes: readonly GraphShape[], neverFinished: (node: GraphShape) => boolean): Set<string> {
  const available = new Set<string>();
  const finished = new Set<string>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const node of nodes) {
      if (available.has(node.id) || !opens(node, finished)) continue;
      available.add(node.id);
      if (!neverFinished(node)) finished.add(node.id);
      changed = true;
    }
  }
  return available;
}

function opens(node: GraphShape, finished: ReadonlySet<string>): boolean {
  if (!node.requires.every((id) => finished.has(id))) return false;
  if (!node.requiresAny) return true;
  return node.requiresAny.of.filter((id) => finished.has(id)).length >= node.requiresAny.count;
}

/**
 * The nodes of `members` that could open before `gate` is done: those that require neither the
 * gate nor, in turn, a member that does. A `requiresAny` gates a node only when it cannot be met
 * without a gated choice.
 */
export function ungatedMembers(members: readonly GraphShape[], gate: string): string[] {
  const gated = new Set<string>();
  const isGated = (id: string) => id === gate || gated.has(id);
  let changed = true;
  while (changed) {
    changed = false;
    for (const node of members) {
      if (gated.has(node.id)) continue;
      const any = node.requiresAny;
      const anyGated = any !== undefined && any.of.filter((id) => !isGated(id)).length < any.count;
      if (!node.requires.some(isGated) && !anyGated) continue;
      gated.add(node.id);
      changed = true;
    }
  }
  return members.filter((node) => !gated.has(node.id)).map((node) => node.id);
}
