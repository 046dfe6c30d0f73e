import { duplicates, type AuthoredNode, type RoadmapFile } from './roadmap-content.schema.ts';
import { availableFromEmpty, findCycle, ungatedMembers } from './roadmap-graph.ts';

/**
 * Every problem with a roadmap's graph, each starting with where it is (`nodes.3 (parse-http).ref`).
 * References come first; the cycle, reachability and gate checks need them sound, so they run
 * only when they are and would otherwise repeat the same mistake in other words.
 */
export function graphProblems(roadmap: RoadmapFile, assignments: ReadonlySet<string>): string[] {
  const problems = referenceProblems(roadmap, assignments);
  if (problems.length > 0) return problems;
  const cycle = findCycle(roadmap.nodes);
  if (cycle) return [`nodes: a cycle of requirements: ${cycle.join(' → ')}`];
  // An assessment may never be passed (or its template not exist yet), so nothing may require one.
  const available = availableFromEmpty(roadmap.nodes, (node) => node.kind === 'assessment');
  roadmap.nodes.forEach((node, i) => {
    if (!available.has(node.id)) problems.push(`${at(roadmap, i)} can never become available from an empty state`);
  });
  roadmap.tracks.forEach((track, i) => {
    if (!available.has(track.gate)) problems.push(`tracks.${i} (${track.id}).gate "${track.gate}" can never be reached`);
    const ungated = ungatedMembers(roadmap.nodes.filter((node) => node.track === track.id), track.gate);
    if (ungated.length > 0) {
      problems.push(`tracks.${i} (${track.id}): ${ungated.join(', ')} can open before the gate "${track.gate}": a track node must require the gate or another track node that does`);
    }
  });
  return problems;
}

function referenceProblems(roadmap: RoadmapFile, assignments: ReadonlySet<string>): string[] {
  const byId = new Map(roadmap.nodes.map((node) => [node.id, node]));
  const trackIds = new Set(roadmap.tracks.map((track) => track.id));
  const problems = [
    ...duplicates(roadmap.nodes.map((node) => node.id)).map((id) => `nodes: id "${id}" is used by more than one node`),
    ...duplicates(roadmap.tracks.map((track) => track.id)).map((id) => `tracks: id "${id}" is used by more than one track`),
  ];
  roadmap.nodes.forEach((node, i) => {
    const where = at(roadmap, i);
    const prerequisites = (field: string, ids: readonly string[]) => {
      for (const id of ids) {
        const prerequisite = byId.get(id);
        if (!prerequisite) problems.push(`${where}.${field} "${id}" is not a node of this roadmap`);
        else if (prerequisite.kind === 'assessment') problems.push(`${where}.${field} "${id}" is an assessment node, which nothing may require (a mock is a leaf: it tests what comes before it)`);
      }
    };
    prerequisites('requires', node.requires);
    prerequisites('requiresAny.of', node.requiresAny?.of ?? []);
    if (node.track !== undefined && !trackIds.has(node.track)) problems.push(`${where}.track "${node.track}" is not a track of this roadmap`);
    if (node.kind === 'assignment' && node.ref !== undefined && !assignments.has(node.ref)) {
      problems.push(`${where}.ref "${node.ref}" is not a folder in content/assignments`);
    }
  });
  roadmap.tracks.forEach((track, i) => {
    const where = `tracks.${i} (${track.id})`;
    const gate = byId.get(track.gate);
    if (!gate) problems.push(`${where}.gate "${track.gate}" is not a node of this roadmap`);
    else if (gate.kind !== 'milestone') problems.push(`${where}.gate "${track.gate}" is a ${gate.kind}, not a milestone`);
    else if (gate.track === track.id) problems.push(`${where}.gate "${track.gate}" is in the track it gates`);
    if (!roadmap.nodes.some((node) => node.track === track.id)) problems.push(`${where} has no nodes`);
  });
  return problems;
}

/** Where node `i` is, named by its id as well, so an author finds it without counting. */
export function at(roadmap: { nodes: readonly Pick<AuthoredNode, 'id'>[] }, i: number): string {
  return `nodes.${i} (${roadmap.nodes[i]?.id ?? '?'})`;
}
