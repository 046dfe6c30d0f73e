import dagre from '@dagrejs/dagre';
import type { GraphNode } from './roadmap-state.ts';

/** What a roadmap says of itself, as authored and as stored. */
export interface RoadmapMeta {
  slug: string;
  title: string;
  role: string;
  summary: string;
  version: number;
  /** Position in the list of roadmaps. */
  order: number;
}

/** The graph as the seed stores it: the authored nodes in roadmap order, with their computed layout. */
export interface StoredGraph {
  nodes: StoredNode[];
  tracks: { id: string; title: string; gate: string }[];
}

export interface StoredNode extends GraphNode {
  track?: string;
  position: { x: number; y: number };
}

/** The size the UI draws a node at, so the layout leaves room between them. */
export const NODE_WIDTH = 220;
export const NODE_HEIGHT = 64;

/**
 * A layered layout, top to bottom, prerequisites above what they unlock: computed, never
 * hand-placed, so authors only say what requires what.
 */
export function layOut(nodes: readonly (GraphNode & { track?: string })[]): StoredNode[] {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'TB', nodesep: 36, ranksep: 64, marginx: 16, marginy: 16 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) graph.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const { from, to } of edgesOf(nodes)) graph.setEdge(from, to);
  dagre.layout(graph);
  return nodes.map((node) => {
    const { x, y } = graph.node(node.id);
    return { ...node, position: { x: Math.round(x), y: Math.round(y) } };
  });
}

/** One edge per prerequisite; `any` marks the members of a `requiresAny` choice. */
export function edgesOf(nodes: readonly GraphNode[]): { from: string; to: string; any?: true }[] {
  return nodes.flatMap((node) => [
    ...node.requires.map((from) => ({ from, to: node.id })),
    ...(node.requiresAny?.of ?? []).map((from) => ({ from, to: node.id, any: true as const })),
  ]);
}
