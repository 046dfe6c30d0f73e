import type { JSONValue } from 'postgres';
import type { Queryable } from '@eduscale/server-kit/deps';
import type { ConceptQuestion, Section, StudyNode } from './assessment-content.schema.ts';

export async function lockAssessments(sql: Queryable): Promise<void> {
  // Two seeds at once (two replicas starting) take turns.
  await sql`select pg_advisory_xact_lock(hashtext('eduscale:assessment-seed'))`;
}

export async function upsertTopic(sql: Queryable, topic: { slug: string; title: string; study: StudyNode[] }): Promise<void> {
  await sql`
    insert into assessment_topics (slug, title, study) values (${topic.slug}, ${topic.title}, ${sql.json(topic.study)})
    on conflict (slug) do update set title = excluded.title, study = excluded.study`;
}

export async function upsertQuestion(sql: Queryable, topic: string, question: ConceptQuestion): Promise<void> {
  await sql`
    insert into assessment_questions (id, topic, kind, difficulty, body)
    values (${question.id}, ${topic}, ${question.kind}, ${question.difficulty}, ${sql.json(question as unknown as JSONValue)})
    on conflict (id) do update set topic = excluded.topic, kind = excluded.kind, difficulty = excluded.difficulty,
      body = excluded.body, retired_at = null`;
}

export async function retireQuestionsExcept(sql: Queryable, ids: string[]): Promise<number> {
  const rows = await sql`update assessment_questions set retired_at = now() where retired_at is null and not (id = any(${ids}::text[])) returning id`;
  return rows.count;
}

export interface TemplateRecord {
  slug: string;
  title: string;
  summary: string;
  position: number;
  durationSeconds: number;
  passingPercent: number;
  cooldownSeconds: number;
  sections: Section[];
  contentHash: string;
}

export async function upsertTemplate(sql: Queryable, t: TemplateRecord): Promise<void> {
  await sql`
    insert into assessment_templates (slug, title, summary, position, duration_seconds, passing_percent, cooldown_seconds, sections, content_hash)
    values (${t.slug}, ${t.title}, ${t.summary}, ${t.position}, ${t.durationSeconds}, ${t.passingPercent}, ${t.cooldownSeconds}, ${sql.json(t.sections)}, ${t.contentHash})
    on conflict (slug) do update set title = excluded.title, summary = excluded.summary, position = excluded.position,
      duration_seconds = excluded.duration_seconds, passing_percent = excluded.passing_percent,
      cooldown_seconds = excluded.cooldown_seconds, sections = excluded.sections, content_hash = excluded.content_hash, retired_at = null`;
}

export async function retireTemplatesExcept(sql: Queryable, slugs: string[]): Promise<number> {
  const rows = await sql`update assessment_templates set retired_at = now() where retired_at is null and not (slug = any(${slugs}::text[])) returning slug`;
  return rows.count;
}
