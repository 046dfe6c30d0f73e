import { z } from 'zod';
import { NodeId, RoadmapNodeKind, Slug } from '@eduscale/contracts';

/** The roadmap.json authors write; see the Roadmaps section of content/README.md. */
const RequiresAny = z.strictObject({
  count: z.number().int().min(1),
  of: z.array(NodeId).min(1),
});

const AuthoredNode = z
  .strictObject({
    id: NodeId,
    title: z.string().min(3).max(80),
    kind: RoadmapNodeKind,
    requires: z.array(NodeId),
    requiresAny: RequiresAny.optional(),
    track: NodeId.optional(),
    ref: Slug.optional(),
  })
  .superRefine((node, ctx) => {
    const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const needsRef = node.kind === 'assignment' || node.kind === 'assessment';
    if (needsRef && node.ref === undefined) problem(['ref'], `is required on an ${node.kind} node`);
    if (!needsRef && node.ref !== undefined) problem(['ref'], `is not allowed on a ${node.kind} node`);
    if (node.kind === 'milestone' && node.requires.length === 0 && node.requiresAny === undefined) {
      problem(['requires'], 'a milestone needs requires or requiresAny');
    }
    duplicates(node.requires).forEach((id) => problem(['requires'], `lists "${id}" twice`));
    if (node.requiresAny) {
      const { count, of } = node.requiresAny;
      duplicates(of).forEach((id) => problem(['requiresAny', 'of'], `lists "${id}" twice`));
      if (count > of.length) problem(['requiresAny', 'count'], `is ${count}, more than the ${of.length} nodes it chooses from`);
      of.filter((id) => node.requires.includes(id)).forEach((id) => problem(['requiresAny', 'of'], `"${id}" is also in requires`));
    }
  });
export type AuthoredNode = z.infer<typeof AuthoredNode>;

export const Track = z.strictObject({ id: NodeId, title: z.string().min(3).max(80), gate: NodeId });
export type Track = z.infer<typeof Track>;

export const RoadmapFile = z.strictObject({
  title: z.string().min(3).max(80),
  role: z.string().min(3).max(80),
  summary: z.string().min(20).max(300),
  version: z.number().int().min(1),
  order: z.number().int().min(1),
  tracks: z.array(Track),
  nodes: z.array(AuthoredNode).min(1),
});
export type RoadmapFile = z.infer<typeof RoadmapFile>;

/** A roadmap read and validated: roadmap.json plus its lessons, keyed by topic node id in node order. */
export interface AuthoredRoadmap extends RoadmapFile {
  slug: string;
  lessons: Record<string, string>;
}

export function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((value) => seen.has(value) || !seen.add(value)))];
}
