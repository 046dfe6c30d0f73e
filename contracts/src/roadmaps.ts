import { z } from 'zod';
import { Slug } from './assignments.ts';

export const NODE_KINDS = ['topic', 'assignment', 'assessment', 'milestone'] as const;
export const RoadmapNodeKind = z.enum(NODE_KINDS);
export type RoadmapNodeKind = z.infer<typeof RoadmapNodeKind>;

export const NODE_STATES = ['locked', 'available', 'in_progress', 'done', 'skipped'] as const;
export const RoadmapNodeState = z.enum(NODE_STATES);
export type RoadmapNodeState = z.infer<typeof RoadmapNodeState>;

export const NodeId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by "-"');

/** What a learner may set by hand (PUT /api/roadmaps/:slug/nodes/:id); `available` clears their mark. */
export const RoadmapMarkRequest = z.object({ state: z.enum(['in_progress', 'done', 'skipped', 'available']) }).strict();
export type RoadmapMarkRequest = z.infer<typeof RoadmapMarkRequest>;

export const RoadmapNode = z.object({
  id: NodeId,
  title: z.string(),
  kind: RoadmapNodeKind,
  ref: Slug.optional(),
  track: NodeId.optional(),
  requires: z.array(NodeId),
  requiresAny: z.object({ count: z.number().int().positive(), of: z.array(NodeId) }).optional(),
  state: RoadmapNodeState,
  /** What still locks the node; empty unless it is locked. */
  missing: z.array(NodeId),
  /** When a `requiresAny` choice is what locks it: this many more of these. */
  missingAny: z.object({ count: z.number().int().positive(), of: z.array(NodeId) }).optional(),
  /** An assessment node whose template does not exist yet. */
  comingSoon: z.literal(true).optional(),
  /** The computed layout: the node's centre, in graph units. */
  position: z.object({ x: z.number(), y: z.number() }),
});
export type RoadmapNode = z.infer<typeof RoadmapNode>;

export const RoadmapEdge = z.object({ from: NodeId, to: NodeId, any: z.boolean().optional() });
export type RoadmapEdge = z.infer<typeof RoadmapEdge>;

export const RoadmapTrack = z.object({ id: NodeId, title: z.string(), gate: NodeId });
export type RoadmapTrack = z.infer<typeof RoadmapTrack>;

export const RoadmapNextStep = z.object({ id: NodeId, title: z.string(), reason: z.string() }).nullable();
export type RoadmapNextStep = z.infer<typeof RoadmapNextStep>;

export const RoadmapProgress = z.object({ done: z.number().int(), total: z.number().int(), percent: z.number().int() });

export const RoadmapSummary = z.object({
  slug: Slug,
  title: z.string(),
  role: z.string(),
  summary: z.string(),
  nodes: z.number().int(),
  done: z.number().int(),
  enrolled: z.boolean(),
});
export type RoadmapSummary = z.infer<typeof RoadmapSummary>;

export const RoadmapList = z.object({ items: z.array(RoadmapSummary) });
export type RoadmapList = z.infer<typeof RoadmapList>;

export const RoadmapDetail = z.object({
  slug: Slug,
  title: z.string(),
  role: z.string(),
  summary: z.string(),
  version: z.number().int(),
  enrolled: z.boolean(),
  nodes: z.array(RoadmapNode),
  edges: z.array(RoadmapEdge),
  tracks: z.array(RoadmapTrack),
  next: RoadmapNextStep,
  progress: RoadmapProgress,
});
export type RoadmapDetail = z.infer<typeof RoadmapDetail>;

/** GET /api/roadmaps/:slug/nodes/:id: the node with its lesson (topics) in markdown. */
export const RoadmapNodeDetail = RoadmapNode.extend({ lesson: z.string().nullable() });
export type RoadmapNodeDetail = z.infer<typeof RoadmapNodeDetail>;

/** One roadmap in GET /api/me/progress. */
export const RoadmapStanding = z.object({
  slug: Slug,
  title: z.string(),
  enrolled: z.boolean(),
  next: RoadmapNextStep,
  progress: RoadmapProgress,
});
export type RoadmapStanding = z.infer<typeof RoadmapStanding>;
