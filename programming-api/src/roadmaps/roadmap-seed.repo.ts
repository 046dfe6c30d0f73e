import type { JSONValue } from 'postgres';
import type { Queryable } from '@eduscale/server-kit/deps';
import type { RoadmapMeta, StoredGraph } from './stored-roadmap.ts';

export async function lockRoadmaps(sql: Queryable): Promise<void> {
  // Two seeds at once (two replicas starting) take turns.
  await sql`select pg_advisory_xact_lock(hashtext('eduscale:roadmap-seed'))`;
}

export async function storedHashes(sql: Queryable): Promise<{ slug: string; contentHash: string; retiredAt: Date | null }[]> {
  return sql<{ slug: string; contentHash: string; retiredAt: Date | null }[]>`select slug, content_hash, retired_at from roadmaps`;
}

export interface RoadmapRecord extends RoadmapMeta {
  contentHash: string;
  /** Plain JSON data, though typed with interfaces (which postgres's JSONValue cannot take). */
  graph: StoredGraph;
  lessons: Record<string, string>;
}

export async function upsertRoadmap(sql: Queryable, r: RoadmapRecord): Promise<void> {
  await sql`
    insert into roadmaps (slug, title, role, summary, version, position, content_hash, graph, lessons)
    values (${r.slug}, ${r.title}, ${r.role}, ${r.summary}, ${r.version}, ${r.order}, ${r.contentHash}, ${sql.json(r.graph as unknown as JSONValue)}, ${sql.json(r.lessons)})
    on conflict (slug) do update set
      title = excluded.title, role = excluded.role, summary = excluded.summary, version = excluded.version,
      position = excluded.position, content_hash = excluded.content_hash, graph = excluded.graph,
      lessons = excluded.lessons, retired_at = null, updated_at = now()`;
}

export async function retireRoadmaps(sql: Queryable, slugs: string[]): Promise<void> {
  if (slugs.length === 0) return;
  await sql`update roadmaps set retired_at = now() where slug in ${sql(slugs)} and retired_at is null`;
}
