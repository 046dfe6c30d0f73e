import type { Queryable } from '@eduscale/server-kit/deps';
import type { Mark } from './roadmap-state.ts';
import type { StoredGraph } from './stored-roadmap.ts';

export interface RoadmapRow {
  id: string;
  slug: string;
  title: string;
  role: string;
  summary: string;
  version: number;
  graph: StoredGraph;
}

export async function findRoadmaps(sql: Queryable): Promise<RoadmapRow[]> {
  return sql<RoadmapRow[]>`
    select id, slug, title, role, summary, version, graph from roadmaps
    where retired_at is null order by position, slug`;
}

export async function findRoadmap(sql: Queryable, slug: string): Promise<RoadmapRow | undefined> {
  const [row] = await sql<RoadmapRow[]>`
    select id, slug, title, role, summary, version, graph from roadmaps
    where slug = ${slug} and retired_at is null`;
  return row;
}

export async function findLesson(sql: Queryable, roadmapId: string, nodeId: string): Promise<string | null> {
  const [row] = await sql<{ lesson: string | null }[]>`select lessons ->> ${nodeId} as lesson from roadmaps where id = ${roadmapId}`;
  return row?.lesson ?? null;
}

/** Each node's newest mark per roadmap; `available` (a cleared mark) is no mark. */
export async function findMarks(sql: Queryable, userId: string, roadmapIds: string[]): Promise<Map<string, Map<string, Mark>>> {
  if (roadmapIds.length === 0) return new Map();
  const rows = await sql<{ roadmapId: string; nodeId: string; state: Mark | 'available' }[]>`
    select distinct on (roadmap_id, node_id) roadmap_id, node_id, state
    from roadmap_marks
    where user_id = ${userId} and roadmap_id in ${sql(roadmapIds)}
    order by roadmap_id, node_id, id desc`;
  const marks = new Map<string, Map<string, Mark>>();
  for (const row of rows) {
    if (row.state === 'available') continue;
    const forRoadmap = marks.get(row.roadmapId) ?? new Map<string, Mark>();
    forRoadmap.set(row.nodeId, row.state);
    marks.set(row.roadmapId, forRoadmap);
  }
  return marks;
}

export async function insertMark(sql: Queryable, userId: string, roadmapId: string, nodeId: string, state: Mark | 'available'): Promise<void> {
  await sql`insert into roadmap_marks (user_id, roadmap_id, node_id, state) values (${userId}, ${roadmapId}, ${nodeId}, ${state})`;
}

export async function findEnrolled(sql: Queryable, userId: string): Promise<Set<string>> {
  const rows = await sql<{ roadmapId: string }[]>`select roadmap_id from roadmap_enrolments where user_id = ${userId}`;
  return new Set(rows.map((row) => row.roadmapId));
}

export async function enrol(sql: Queryable, userId: string, roadmapId: string): Promise<void> {
  await sql`insert into roadmap_enrolments (user_id, roadmap_id) values (${userId}, ${roadmapId}) on conflict do nothing`;
}

export async function leave(sql: Queryable, userId: string, roadmapId: string): Promise<void> {
  await sql`delete from roadmap_enrolments where user_id = ${userId} and roadmap_id = ${roadmapId}`;
}

/** The evidence: slugs of the assignments the learner has solved (an accepted submission). */
export async function findSolvedSlugs(sql: Queryable, userId: string): Promise<Set<string>> {
  const rows = await sql<{ slug: string }[]>`select a.slug from solves s join assignments a on a.id = s.assignment_id where s.user_id = ${userId}`;
  return new Set(rows.map((row) => row.slug));
}

/** The evidence for assessment nodes: templates the learner has passed an attempt of. */
export async function findPassedTemplates(sql: Queryable, userId: string): Promise<Set<string>> {
  const rows = await sql<{ template: string }[]>`select distinct template from assessment_attempts where user_id = ${userId} and passed`;
  return new Set(rows.map((row) => row.template));
}

/** Templates that can be taken: an assessment node naming another one shows as coming soon. */
export async function findOpenTemplates(sql: Queryable): Promise<Set<string>> {
  const rows = await sql<{ slug: string }[]>`select slug from assessment_templates where retired_at is null`;
  return new Set(rows.map((row) => row.slug));
}
