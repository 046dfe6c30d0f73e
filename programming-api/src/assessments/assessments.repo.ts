import type { JSONValue } from 'postgres';
import type { AttemptEventType, AttemptStatus, Difficulty, Language, Sample } from '@eduscale/contracts';
import type { Queryable } from '@eduscale/server-kit/deps';
import type { ConceptQuestion, Section, StudyNode } from './assessment-content.schema.ts';
import type { AttemptEvent } from './attempt-time.ts';
import type { FrozenQuestion } from './frozen-question.ts';

export interface TemplateRow {
  slug: string;
  title: string;
  summary: string;
  durationSeconds: number;
  passingPercent: number;
  cooldownSeconds: number;
  sections: Section[];
}

const templateColumns = (sql: Queryable) => sql`slug, title, summary, duration_seconds, passing_percent, cooldown_seconds, sections`;

export async function findTemplates(sql: Queryable): Promise<TemplateRow[]> {
  return sql<TemplateRow[]>`select ${templateColumns(sql)} from assessment_templates where retired_at is null order by position, slug`;
}

/** A template by slug; a retired one only when asked (an attempt made before it was retired still has a report). */
export async function findTemplate(sql: Queryable, slug: string, options: { retired?: boolean } = {}): Promise<TemplateRow | undefined> {
  const [row] = await sql<TemplateRow[]>`
    select ${templateColumns(sql)} from assessment_templates
    where slug = ${slug} ${options.retired ? sql`` : sql`and retired_at is null`}`;
  return row;
}

export interface TopicRow {
  slug: string;
  title: string;
  study: StudyNode[];
}

export async function findTopics(sql: Queryable): Promise<TopicRow[]> {
  return sql<TopicRow[]>`select slug, title, study from assessment_topics`;
}

/** The learner's standing on each template: finished attempts, best percent, when the last ended, the active one. */
export interface TemplateStanding {
  template: string;
  attempts: number;
  best: number | null;
  lastFinishedAt: Date | null;
  active: string | null;
}

export async function findStandings(sql: Queryable, userId: string): Promise<Map<string, TemplateStanding>> {
  const rows = await sql<TemplateStanding[]>`
    select template,
           count(*) filter (where status = 'finished')::int as attempts,
           max(percent) as best,
           max(finished_at) as last_finished_at,
           (array_agg(id) filter (where status = 'active'))[1] as active
    from assessment_attempts where user_id = ${userId}
    group by template`;
  return new Map(rows.map((row) => [row.template, row]));
}

export async function findConceptPool(sql: Queryable, section: Section): Promise<{ topic: string; body: ConceptQuestion }[]> {
  return sql<{ topic: string; body: ConceptQuestion }[]>`
    select topic, body from assessment_questions
    where retired_at is null and kind = ${section.kind}
      and topic = any(${section.topics}::text[]) and difficulty = any(${section.difficulties}::text[])`;
}

export interface CodingPoolRow {
  slug: string;
  title: string;
  statement: string;
  difficulty: Difficulty;
  tags: string[];
  languages: Language[];
  starterCode: Partial<Record<Language, string>>;
  samples: Sample[];
}

export async function findCodingPool(sql: Queryable, section: Section): Promise<CodingPoolRow[]> {
  return sql<CodingPoolRow[]>`
    select a.slug, a.title, a.statement, a.difficulty, a.tags, a.languages, a.starter_code,
           coalesce((select json_agg(json_build_object('input', t.input, 'expected', t.expected) order by t.ordinal)
                     from assignment_tests t where t.assignment_id = a.id and t.is_sample), '[]') as samples
    from assignments a
    where a.retired_at is null and a.tags && ${section.topics}::text[] and a.difficulty = any(${section.difficulties}::text[])`;
}

export interface AttemptRow {
  id: string;
  userId: string;
  template: string;
  status: AttemptStatus;
  startedAt: Date;
  endsAt: Date;
  finishedAt: Date | null;
  questions: FrozenQuestion[];
  maxScore: number;
  score: number | null;
  percent: number | null;
  passed: boolean | null;
  scoredAt: Date | null;
}

const attemptColumns = (sql: Queryable) =>
  sql`id, user_id, template, status, started_at, ends_at, finished_at, questions, max_score, score, percent, passed, scored_at`;

/** Inserts the learner's one active attempt; undefined when they already have one (the partial unique index). */
export async function insertAttempt(
  sql: Queryable,
  attempt: { userId: string; template: string; seed: number; durationSeconds: number; questions: FrozenQuestion[]; maxScore: number },
): Promise<AttemptRow | undefined> {
  const [row] = await sql<AttemptRow[]>`
    insert into assessment_attempts (user_id, template, seed, ends_at, questions, max_score)
    values (${attempt.userId}, ${attempt.template}, ${attempt.seed}, now() + make_interval(secs => ${attempt.durationSeconds}),
            ${sql.json(attempt.questions as unknown as JSONValue)}, ${attempt.maxScore})
    on conflict (user_id) where status = 'active' do nothing
    returning ${attemptColumns(sql)}`;
  return row;
}

/** The learner's finished attempts of a template, newest first: what a retake avoids repeating. */
export async function findFinishedAttempts(sql: Queryable, userId: string, template: string): Promise<AttemptRow[]> {
  return sql<AttemptRow[]>`
    select ${attemptColumns(sql)} from assessment_attempts
    where user_id = ${userId} and template = ${template} and status = 'finished'
    order by finished_at desc limit 10`;
}

export async function findAttempt(sql: Queryable, id: string): Promise<AttemptRow | undefined> {
  const [row] = await sql<AttemptRow[]>`select ${attemptColumns(sql)} from assessment_attempts where id = ${id}`;
  return row;
}

export async function findActiveAttemptId(sql: Queryable, userId: string): Promise<string | undefined> {
  const [row] = await sql<{ id: string }[]>`select id from assessment_attempts where user_id = ${userId} and status = 'active'`;
  return row?.id;
}

export interface AnswerRow {
  question: string;
  body: Record<string, unknown>;
  submissionId: string | null;
  answeredAt: Date;
}

/** Saves an answer while the attempt is open by the database's clock; false when it is not. */
export async function saveAnswer(sql: Queryable, attemptId: string, answer: { question: string; body: JSONValue; submissionId: string | null }): Promise<AnswerRow | undefined> {
  const [row] = await sql<AnswerRow[]>`
    insert into assessment_answers (attempt_id, question, body, submission_id)
    select ${attemptId}, ${answer.question}, ${sql.json(answer.body)}, ${answer.submissionId}
    where exists (select 1 from assessment_attempts where id = ${attemptId} and status = 'active' and ends_at > now())
    on conflict (attempt_id, question) do update set body = excluded.body, submission_id = excluded.submission_id, answered_at = now()
    returning question, body, submission_id, answered_at`;
  return row;
}

export async function insertCodingAnswer(sql: Queryable, attemptId: string, question: string, submissionId: string): Promise<void> {
  await sql`insert into assessment_coding_answers (attempt_id, question, submission_id) values (${attemptId}, ${question}, ${submissionId}) on conflict do nothing`;
}

export async function findAnswers(sql: Queryable, attemptId: string): Promise<AnswerRow[]> {
  return sql<AnswerRow[]>`select question, body, submission_id, answered_at from assessment_answers where attempt_id = ${attemptId} order by question`;
}

/** Every coding answer's submission, newest first per question. */
export async function findCodingAnswers(sql: Queryable, attemptId: string): Promise<{ question: string; submissionId: string }[]> {
  return sql<{ question: string; submissionId: string }[]>`
    select question, submission_id from assessment_coding_answers where attempt_id = ${attemptId} order by question, answered_at desc, submission_id`;
}

/** Records an event while the attempt is open; false when it is not (or it holds too many already). */
export async function insertEvent(sql: Queryable, attemptId: string, event: { question: string; type: AttemptEventType }, maxEvents: number): Promise<boolean> {
  const rows = await sql`
    insert into assessment_events (attempt_id, question, type)
    select ${attemptId}, ${event.question}, ${event.type}
    where exists (select 1 from assessment_attempts where id = ${attemptId} and status = 'active' and ends_at > now())
      and (select count(*) from assessment_events where attempt_id = ${attemptId}) < ${maxEvents}
    returning id`;
  return rows.count === 1;
}

export async function findEvents(sql: Queryable, attemptId: string): Promise<AttemptEvent[]> {
  return sql<AttemptEvent[]>`select question, type, at from assessment_events where attempt_id = ${attemptId} order by id`;
}

/** Finishes an active attempt, at its deadline if that has passed; undefined when it was not active. */
export async function finishAttempt(sql: Queryable, id: string): Promise<AttemptRow | undefined> {
  const [row] = await sql<AttemptRow[]>`
    update assessment_attempts set status = 'finished', finished_at = least(now(), ends_at)
    where id = ${id} and status = 'active'
    returning ${attemptColumns(sql)}`;
  return row;
}

/** Active attempts past their deadline, and finished ones not scored yet: what the sweep takes care of. */
export async function findOverdue(sql: Queryable, limit: number): Promise<{ id: string; status: AttemptStatus }[]> {
  return sql<{ id: string; status: AttemptStatus }[]>`
    (select id, status from assessment_attempts where status = 'active' and ends_at <= now() order by ends_at limit ${limit})
    union all
    (select id, status from assessment_attempts where status = 'finished' and scored_at is null order by finished_at limit ${limit})`;
}

/** Stores the score once; false when another instance stored it first. */
export async function saveScore(sql: Queryable, id: string, score: { score: number; percent: number; passed: boolean }): Promise<boolean> {
  const rows = await sql`
    update assessment_attempts set score = ${score.score}, percent = ${score.percent}, passed = ${score.passed}, scored_at = now()
    where id = ${id} and status = 'finished' and scored_at is null`;
  return rows.count === 1;
}

export async function findScoredPercents(sql: Queryable, template: string): Promise<number[]> {
  const rows = await sql<{ percent: number }[]>`select percent from assessment_attempts where template = ${template} and scored_at is not null`;
  return rows.map((row) => row.percent);
}

export interface AttemptSummaryRow {
  id: string;
  template: string;
  status: AttemptStatus;
  startedAt: Date;
  finishedAt: Date | null;
  percent: number | null;
  passed: boolean | null;
}

export async function findOwnAttempts(sql: Queryable, userId: string, template?: string): Promise<AttemptSummaryRow[]> {
  return sql<AttemptSummaryRow[]>`
    select id, template, status, started_at, finished_at, percent, passed from assessment_attempts
    where user_id = ${userId} ${template ? sql`and template = ${template}` : sql``}
    order by started_at, id`;
}
