import type { RoadmapDetail, RoadmapNode, RoadmapNodeState, RoadmapTrack } from '@eduscale/contracts';

/** The node box the server's layout leaves room for (programming-api's stored-roadmap.ts). */
export const NODE_WIDTH = 220;
export const NODE_HEIGHT = 64;
const TRACK_PADDING = 28;
const TRACK_LABEL = 30;

export const STATE_LABELS: Record<RoadmapNodeState, string> = {
  locked: 'Locked',
  available: 'Available',
  in_progress: 'In progress',
  done: 'Done',
  skipped: 'Skipped',
};

/** The legend's order (kept here: islands import no values from contracts, which would bundle zod). */
export const STATE_ORDER: readonly RoadmapNodeState[] = ['available', 'in_progress', 'done', 'skipped', 'locked'];

export const KIND_LABELS: Record<RoadmapNode['kind'], string> = {
  topic: 'Lesson',
  assignment: 'Assignment',
  assessment: 'Mock assessment',
  milestone: 'Milestone',
};

/** Why a node is locked, in words, naming the steps by title. */
export function lockReason(node: RoadmapNode, titleOf: (id: string) => string): string | null {
  if (node.state !== 'locked') return null;
  if (node.comingSoon) return 'Coming soon: mock assessments are on their way.';
  const choice = new Set(node.missingAny?.of);
  const required = node.missing.filter((id) => !choice.has(id)).map(titleOf);
  const parts = required.length > 0 ? [required.join(', ')] : [];
  if (node.missingAny) parts.push(`${node.missingAny.count} more of ${node.missingAny.of.map(titleOf).join(', ')}`);
  return parts.length > 0 ? `Needs ${parts.join(', and ')}` : 'Locked';
}

export type MarkAction = 'in_progress' | 'done' | 'skipped' | 'available';

export const ACTION_LABELS: Record<MarkAction, string> = { in_progress: 'Start', done: 'Mark done', skipped: 'Skip', available: 'Reset' };
/** One key per action, shown beside its button. */
export const ACTION_KEYS: Record<MarkAction, string> = { in_progress: 's', done: 'd', skipped: 'k', available: 'r' };

/** The marks a node takes by hand in its state: assignments and assessments are done by evidence, milestones by what they need. */
export function allowedActions(node: RoadmapNode): MarkAction[] {
  if (node.kind === 'milestone' || node.state === 'locked') return [];
  const byHand: MarkAction[] = node.kind === 'topic' ? ['in_progress', 'done', 'skipped'] : ['in_progress', 'skipped'];
  if (node.state === 'done' && node.kind !== 'topic') return [];
  const actions = byHand.filter((action) => action !== node.state);
  return node.state === 'available' ? actions : [...actions, 'available'];
}

/** The action a key press asks for, when the node takes it. */
export function actionForKey(key: string, node: RoadmapNode): MarkAction | null {
  const entry = Object.entries(ACTION_KEYS).find(([, k]) => k === key.toLowerCase());
  const action = entry?.[0] as MarkAction | undefined;
  return action && allowedActions(node).includes(action) ? action : null;
}

export interface TrackBox {
  track: RoadmapTrack;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A labelled box around each track's nodes, from their laid-out centres. */
export function trackBoxes(roadmap: Pick<RoadmapDetail, 'nodes' | 'tracks'>): TrackBox[] {
  return roadmap.tracks.flatMap((track) => {
    const members = roadmap.nodes.filter((n) => n.track === track.id);
    if (members.length === 0) return [];
    const left = Math.min(...members.map((n) => n.position.x)) - NODE_WIDTH / 2 - TRACK_PADDING;
    const right = Math.max(...members.map((n) => n.position.x)) + NODE_WIDTH / 2 + TRACK_PADDING;
    const top = Math.min(...members.map((n) => n.position.y)) - NODE_HEIGHT / 2 - TRACK_PADDING - TRACK_LABEL;
    const bottom = Math.max(...members.map((n) => n.position.y)) + NODE_HEIGHT / 2 + TRACK_PADDING;
    return [{ track, x: left, y: top, width: right - left, height: bottom - top }];
  });
}

export interface OutlineSection {
  id: string;
  title: string;
  /** The milestone that opens it (tracks only). */
  gate?: string;
  nodes: RoadmapNode[];
}

/** The phone view: the core path first, then each track, every node in roadmap order. */
export function outlineSections(roadmap: Pick<RoadmapDetail, 'nodes' | 'tracks'>): OutlineSection[] {
  const core: OutlineSection = { id: 'core', title: 'Core path', nodes: roadmap.nodes.filter((n) => !n.track) };
  const tracks = roadmap.tracks.map((track) => ({ id: track.id, title: track.title, gate: track.gate, nodes: roadmap.nodes.filter((n) => n.track === track.id) }));
  return [core, ...tracks].filter((section) => section.nodes.length > 0);
}

/** The next or previous node in roadmap order, for arrow-key moves; wraps at the ends. */
export function neighbour(nodes: readonly RoadmapNode[], id: string | null, step: 1 | -1): string | null {
  if (nodes.length === 0) return null;
  const index = nodes.findIndex((n) => n.id === id);
  if (index === -1) return nodes[step === 1 ? 0 : nodes.length - 1]?.id ?? null;
  return nodes[(index + step + nodes.length) % nodes.length]?.id ?? null;
}

/** How each state looks on a node and in the legend (the same classes in both, so they agree). */
export const STATE_STYLES: Record<RoadmapNodeState, { box: string; dot: string }> = {
  locked: { box: 'border-line bg-surface-muted text-ink-subtle', dot: 'bg-ink-subtle/50' },
  available: { box: 'border-accent/70 bg-surface text-ink', dot: 'bg-accent' },
  in_progress: { box: 'border-medium bg-medium-soft text-ink', dot: 'bg-medium' },
  done: { box: 'border-success bg-easy-soft text-ink', dot: 'bg-success' },
  skipped: { box: 'border-dashed border-line-strong bg-surface text-ink-muted', dot: 'bg-line-strong' },
};

/** `?from=roadmap:<slug>:<node>` on an assignment page: where its Back link leads. */
export function roadmapOrigin(from: string | null): { slug: string; node: string; href: string } | null {
  const match = /^roadmap:([a-z0-9]+(?:-[a-z0-9]+)*):([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(from ?? '');
  if (!match) return null;
  const [, slug = '', node = ''] = match;
  return { slug, node, href: `/roadmaps/${slug}?node=${node}` };
}
