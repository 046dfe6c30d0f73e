import { createHash } from 'node:crypto';
import type { Sql } from '@eduscale/server-kit/deps';
import type { GraphNode } from './roadmap-state.ts';
import { lockRoadmaps, retireRoadmaps, storedHashes, upsertRoadmap } from './roadmap-seed.repo.ts';
import { layOut, type RoadmapMeta, type StoredGraph } from './stored-roadmap.ts';

/** What the seed needs of an authored roadmap (content/roadmaps/<slug>, read and validated). */
export interface SeedableRoadmap extends RoadmapMeta {
  tracks: { id: string; title: string; gate: string }[];
  nodes: (GraphNode & { track?: string })[];
  /** Markdown per topic node id. */
  lessons: Record<string, string>;
}

export interface RoadmapSeedReport {
  created: string[];
  updated: string[];
  unchanged: string[];
  retired: string[];
}

/**
 * Loads the authored roadmaps in one transaction, after the catalogue their assignment nodes
 * refer to. Idempotent; a roadmap's row is rewritten (and laid out again) only when its content
 * changed. Learners' marks are kept by node id whatever changes.
 */
export async function seedRoadmaps(sql: Sql, authored: readonly SeedableRoadmap[]): Promise<RoadmapSeedReport> {
  return sql.begin(async (tx) => {
    await lockRoadmaps(tx);
    const stored = new Map((await storedHashes(tx)).map((row) => [row.slug, row]));
    const report: RoadmapSeedReport = { created: [], updated: [], unchanged: [], retired: [] };
    for (const roadmap of authored) {
      const contentHash = createHash('sha256').update(JSON.stringify(roadmap)).digest('hex');
      const existing = stored.get(roadmap.slug);
      if (existing?.contentHash === contentHash && existing.retiredAt === null) {
        report.unchanged.push(roadmap.slug);
        continue;
      }
      const graph: StoredGraph = { nodes: layOut(roadmap.nodes), tracks: roadmap.tracks };
      await upsertRoadmap(tx, { ...roadmap, contentHash, graph });
      (existing ? report.updated : report.created).push(roadmap.slug);
    }
    const authoredSlugs = new Set(authored.map((r) => r.slug));
    report.retired = [...stored.values()].filter((row) => !authoredSlugs.has(row.slug) && row.retiredAt === null).map((row) => row.slug);
    await retireRoadmaps(tx, report.retired);
    return report;
  });
}
