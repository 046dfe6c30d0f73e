import { randomInt } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { JSONValue } from 'postgres';
import type { Answer, AnswerRequest, AssessmentSummary, Attempt, AttemptEventRequest, AttemptSummary, Report } from '@eduscale/contracts';
import type { Sql } from '@eduscale/server-kit/deps';
import { ConflictError, InvalidRequestError, NotFoundError, TooManyRequestsError } from '@eduscale/server-kit/errors';
import type { SessionUser } from '@eduscale/server-kit/sessions';
import type { Logger } from '../logger.ts';
import { findRoadmaps } from '../roadmaps/roadmaps.repo.ts';
import type { SubmissionService } from '../submissions/submissions.service.ts';
import { buildReport, scoreAttempt, type ReportInputs } from './assessment-report.ts';
import { drawQuestions, type Candidate, type Preference } from './attempt-draw.ts';
import { percentileOf, type CodingOutcome } from './attempt-scoring.ts';
import * as repo from './assessments.repo.ts';
import { toAttemptQuestion, type FrozenQuestion } from './frozen-question.ts';
import type { AssessmentMetrics } from './assessment-metrics.ts';
import type { Narrator } from './feedback-narrator.ts';

/** How many events (opens, blurs, pastes) one attempt may record: far beyond a real one, short of a flood. */
const MAX_EVENTS = 5_000;

export interface DeadlineScheduler {
  /** Arranges for the attempt to be finished at `endsAt` by whichever instance is up then. */
  schedule(attemptId: string, endsAt: Date): Promise<void>;
}

interface AssessmentDeps {
  sql: Sql;
  submissions: SubmissionService;
  deadlines: DeadlineScheduler;
  narrator: Narrator | null;
  metrics: AssessmentMetrics;
  logger: Logger;
}

export function createAssessmentService(deps: AssessmentDeps) {
  const { sql, submissions, logger } = deps;
  // A narrative is asked for once per complete report: the facts it rewrites no longer change.
  const narratives = new LRUCache<string, string>({ max: 5_000 });
  // Topics and roadmap titles change only with a seed: every report reads them, so they are kept a few seconds.
  const referenceData = new LRUCache<'all', ReferenceData>({ max: 1, ttl: 5_000 });

  async function reference(): Promise<ReferenceData> {
    const cached = referenceData.get('all');
    if (cached) return cached;
    const [topics, roadmaps] = await Promise.all([repo.findTopics(sql), findRoadmaps(sql)]);
    const data: ReferenceData = {
      topics: new Map(topics.map((topic) => [topic.slug, topic])),
      nodeTitles: new Map(roadmaps.flatMap((roadmap) => roadmap.graph.nodes.map((node) => [`${roadmap.slug}/${node.id}`, node.title] as const))),
      roadmapTitles: new Map(roadmaps.map((roadmap) => [roadmap.slug, roadmap.title])),
    };
    referenceData.set('all', data);
    return data;
  }

  async function ownAttempt(user: SessionUser, id: string): Promise<repo.AttemptRow> {
    const attempt = await repo.findAttempt(sql, id);
    if (!attempt || attempt.userId !== user.id) throw new NotFoundError(`There is no assessment attempt ${id} of yours.`);
    // The clock is the server's: an attempt past its deadline is finished whoever looks first.
    if (attempt.status === 'active' && attempt.endsAt.getTime() <= Date.now()) return (await finishDue(attempt.id)) ?? attempt;
    return attempt;
  }

  function questionOf(attempt: repo.AttemptRow, questionId: string): FrozenQuestion {
    const question = attempt.questions.find((q) => q.id === questionId);
    if (!question) throw new NotFoundError(`Attempt ${attempt.id} has no question ${questionId}.`);
    return question;
  }

  const closed = (attempt: repo.AttemptRow) =>
    new ConflictError(`Attempt ${attempt.id} has ended (${attempt.finishedAt?.toISOString() ?? attempt.endsAt.toISOString()}); it takes no more answers.`);

  /**
   * A retake draws first what the learner has not seen, and among that first the topics they lost
   * most points on last time (below 70 %); the pools decide how far that can go.
   */
  async function retakePreference(userId: string, template: string): Promise<Preference> {
    const previous = await repo.findFinishedAttempts(sql, userId, template);
    const seen = new Set(previous.flatMap((attempt) => attempt.questions.map((q) => q.source)));
    const last = previous[0];
    const weak = new Set<string>();
    if (last?.finishedAt) {
      const report = buildReport(await reportInputs({ ...last, finishedAt: last.finishedAt }), null);
      for (const topic of report.topics) if (topic.max > 0 && topic.score / topic.max < 0.7) weak.add(topic.topic);
    }
    return (candidate) => (seen.has(candidate.source) ? 2 : weak.has(candidate.topic) ? 0 : 1);
  }

  async function draw(template: repo.TemplateRow, seed: number, preference: Preference): Promise<FrozenQuestion[]> {
    const sections = [];
    for (const section of template.sections) {
      const pool: Candidate[] =
        section.kind === 'coding'
          ? (await repo.findCodingPool(sql, section)).map((a) => ({
              kind: 'coding',
              source: a.slug,
              title: a.title,
              prompt: a.statement,
              topic: section.topics.find((topic) => a.tags.includes(topic)) ?? section.topics[0] ?? 'coding',
              difficulty: a.difficulty,
              languages: a.languages,
              starterCode: a.starterCode,
              samples: a.samples,
            }))
          : (await repo.findConceptPool(sql, section)).map(({ topic, body }) => ({
              kind: body.kind,
              source: body.id,
              title: body.title,
              prompt: body.prompt,
              topic,
              difficulty: body.difficulty,
              ...(body.kind === 'choice' ? { options: body.options } : { code: body.code, codeLanguage: body.language, answer: body.answer, explanation: body.explanation }),
            }));
      sections.push({ section, pool });
    }
    return drawQuestions(sections, seed, preference);
  }

  function toAttempt(attempt: repo.AttemptRow, template: Pick<repo.TemplateRow, 'title' | 'passingPercent'>, answers: repo.AnswerRow[]): Attempt {
    return {
      id: attempt.id,
      template: attempt.template,
      title: template.title,
      status: attempt.status,
      startedAt: attempt.startedAt.toISOString(),
      endsAt: attempt.endsAt.toISOString(),
      finishedAt: attempt.finishedAt?.toISOString() ?? null,
      passingPercent: template.passingPercent,
      questions: attempt.questions.map(toAttemptQuestion),
      answers: answers.map(toAnswer),
    };
  }

  async function templateOf(slug: string): Promise<repo.TemplateRow> {
    const template = await repo.findTemplate(sql, slug, { retired: true });
    if (!template) throw new Error(`attempt of a template that does not exist: ${slug}`);
    return template;
  }

  /** Each coding question's counted submission (the latest graded), and whether a later one is still being graded. */
  async function codingOutcomes(attempt: repo.AttemptRow): Promise<Map<string, CodingOutcome>> {
    const rows = await repo.findCodingAnswers(sql, attempt.id);
    const found = await submissions.findMany(attempt.userId, rows.map((row) => row.submissionId));
    const outcomes = new Map<string, CodingOutcome>();
    for (const question of attempt.questions.filter((q) => q.kind === 'coding')) {
      let pending = false;
      let counted = null;
      for (const row of rows.filter((r) => r.question === question.id)) {
        const submission = found.get(row.submissionId);
        if (!submission) continue;
        if (submission.status !== 'done') {
          pending = true;
          continue;
        }
        if (submission.verdict === 'internal_error') continue;
        counted = submission;
        break;
      }
      outcomes.set(question.id, { counted, pending });
    }
    return outcomes;
  }

  async function reportInputs(attempt: repo.AttemptRow & { finishedAt: Date }): Promise<ReportInputs> {
    const [template, answers, coding, events, { topics, nodeTitles, roadmapTitles }, history] = await Promise.all([
      templateOf(attempt.template),
      repo.findAnswers(sql, attempt.id),
      codingOutcomes(attempt),
      repo.findEvents(sql, attempt.id),
      reference(),
      repo.findOwnAttempts(sql, attempt.userId, attempt.template),
    ]);
    return {
      attempt,
      title: template.title,
      passingPercent: template.passingPercent,
      answers: new Map(answers.map((row) => [row.question, toAnswer(row)])),
      coding,
      events,
      topics,
      nodeTitles,
      roadmapTitles,
      history: history.filter((row) => row.status === 'finished').map(toSummary),
    };
  }

  /** Stores the score once every coding answer is graded; true when it is stored. */
  async function scoreIfComplete(attempt: repo.AttemptRow): Promise<boolean> {
    if (attempt.status !== 'finished' || !attempt.finishedAt) return false;
    if (attempt.scoredAt) return true;
    const inputs = await reportInputs({ ...attempt, finishedAt: attempt.finishedAt });
    const score = scoreAttempt(inputs);
    if (!score.complete) return false;
    await saveScore(attempt.id, score);
    return true;
  }

  async function saveScore(id: string, score: { score: number; percent: number; passed: boolean }): Promise<void> {
    if (await repo.saveScore(sql, id, score)) deps.metrics.scored.inc({ outcome: score.passed ? 'passed' : 'not_passed' });
  }

  /** Finishes an attempt whose deadline came (or that its learner finished) and scores it if it can. */
  async function finishDue(id: string): Promise<repo.AttemptRow | undefined> {
    const justFinished = await repo.finishAttempt(sql, id);
    if (justFinished) deps.metrics.finished.inc({ by: justFinished.finishedAt && justFinished.finishedAt.getTime() >= justFinished.endsAt.getTime() ? 'deadline' : 'learner' });
    const finished = justFinished ?? (await repo.findAttempt(sql, id));
    if (finished) await scoreIfComplete(finished).catch((error: unknown) => logger.warn({ err: error, attempt: id }, 'scoring an attempt failed; the sweep retries'));
    return finished;
  }

  return {
    finishDue,

    /** Finishes overdue attempts and scores finished ones whose coding answers are now graded. */
    async sweep(limit = 50): Promise<number> {
      let done = 0;
      for (const row of await repo.findOverdue(sql, limit)) {
        const attempt = row.status === 'active' ? await finishDue(row.id) : await repo.findAttempt(sql, row.id);
        if (attempt && (row.status === 'active' || (await scoreIfComplete(attempt)))) done++;
      }
      return done;
    },

    async list(user: SessionUser): Promise<{ items: AssessmentSummary[] }> {
      const [templates, standings] = await Promise.all([repo.findTemplates(sql), repo.findStandings(sql, user.id)]);
      const items = templates.map((template): AssessmentSummary => {
        const standing = standings.get(template.slug);
        const availableAt = standing?.lastFinishedAt ? new Date(standing.lastFinishedAt.getTime() + template.cooldownSeconds * 1000) : null;
        const sections = template.sections;
        return {
          slug: template.slug,
          title: template.title,
          summary: template.summary,
          durationSeconds: template.durationSeconds,
          questions: sections.reduce((sum, s) => sum + s.count, 0),
          kinds: [...new Set(sections.map((s) => s.kind))],
          topics: [...new Set(sections.flatMap((s) => s.topics))],
          passingPercent: template.passingPercent,
          cooldownSeconds: template.cooldownSeconds,
          attempts: standing?.attempts ?? 0,
          best: standing?.best ?? null,
          availableAt: availableAt && availableAt.getTime() > Date.now() && !standing?.active ? availableAt.toISOString() : null,
          active: standing?.active ?? null,
        };
      });
      return { items };
    },

    async attempts(user: SessionUser): Promise<{ items: AttemptSummary[] }> {
      return { items: (await repo.findOwnAttempts(sql, user.id)).map(toSummary).reverse() };
    },

    async start(user: SessionUser, slug: string): Promise<Attempt> {
      const template = await repo.findTemplate(sql, slug);
      if (!template) throw new NotFoundError(`There is no assessment "${slug}".`);
      const standing = (await repo.findStandings(sql, user.id)).get(slug);
      const active = standing?.active ?? (await repo.findActiveAttemptId(sql, user.id));
      if (active) throw activeConflict(active);
      if (standing?.lastFinishedAt) {
        const wait = standing.lastFinishedAt.getTime() + template.cooldownSeconds * 1000 - Date.now();
        if (wait > 0) throw new TooManyRequestsError(`"${template.title}" can be taken again at ${new Date(Date.now() + wait).toISOString()}.`, wait / 1000);
      }
      const seed = randomInt(2 ** 31);
      const questions = await draw(template, seed, await retakePreference(user.id, slug));
      const maxScore = questions.reduce((sum, q) => sum + q.points, 0);
      const attempt = await repo.insertAttempt(sql, { userId: user.id, template: slug, seed, durationSeconds: template.durationSeconds, questions, maxScore });
      if (!attempt) {
        const other = await repo.findActiveAttemptId(sql, user.id);
        throw activeConflict(other ?? 'in progress');
      }
      deps.metrics.started.inc({ template: slug });
      // The sweep finishes it at the deadline should this job be lost (Redis away now or later).
      await deps.deadlines.schedule(attempt.id, attempt.endsAt).catch((error: unknown) => logger.warn({ err: error, attempt: attempt.id }, 'scheduling the deadline failed; the sweep finishes it'));
      return toAttempt(attempt, template, []);
    },

    async get(user: SessionUser, id: string): Promise<Attempt> {
      const attempt = await ownAttempt(user, id);
      const [template, answers] = await Promise.all([templateOf(attempt.template), repo.findAnswers(sql, attempt.id)]);
      return toAttempt(attempt, template, answers);
    },

    async answer(user: SessionUser, id: string, questionId: string, body: AnswerRequest): Promise<Answer> {
      const attempt = await ownAttempt(user, id);
      const question = questionOf(attempt, questionId);
      if (attempt.status !== 'active') throw closed(attempt);
      const stored = checkAnswer(question, body);
      let submissionId: string | null = null;
      if ('code' in stored) {
        const outcome = await submissions.submit(user, { assignment: question.source, language: stored.language, code: stored.code });
        submissionId = outcome.body.id;
      }
      const saved = await sql.begin(async (tx) => {
        const row = await repo.saveAnswer(tx, attempt.id, { question: question.id, body: stored as JSONValue, submissionId });
        if (row && submissionId) await repo.insertCodingAnswer(tx, attempt.id, question.id, submissionId);
        return row;
      });
      if (!saved) throw closed(attempt);
      return toAnswer(saved);
    },

    async event(user: SessionUser, id: string, event: AttemptEventRequest): Promise<void> {
      const attempt = await ownAttempt(user, id);
      questionOf(attempt, event.question);
      if (attempt.status !== 'active') throw closed(attempt);
      if (!(await repo.insertEvent(sql, attempt.id, event, MAX_EVENTS))) {
        const now = await repo.findAttempt(sql, attempt.id);
        if (now?.status !== 'active' || now.endsAt.getTime() <= Date.now()) throw closed(attempt);
        throw new TooManyRequestsError(`Attempt ${attempt.id} has recorded ${MAX_EVENTS} events, as many as it keeps.`, 60);
      }
    },

    async finish(user: SessionUser, id: string): Promise<{ status: 'finished' }> {
      const attempt = await ownAttempt(user, id);
      if (attempt.status === 'active') await finishDue(attempt.id);
      return { status: 'finished' };
    },

    async report(user: SessionUser, id: string): Promise<Report> {
      const attempt = await ownAttempt(user, id);
      if (attempt.status !== 'finished' || !attempt.finishedAt) throw new ConflictError(`Attempt ${attempt.id} is still in progress; its report is made when it finishes (at ${attempt.endsAt.toISOString()} at the latest).`);
      const inputs = await reportInputs({ ...attempt, finishedAt: attempt.finishedAt });
      const score = scoreAttempt(inputs);
      if (score.complete && !attempt.scoredAt) await saveScore(attempt.id, score);
      const scored = await repo.findScoredPercents(sql, attempt.template);
      // The history was read before this request may have stored the score: this attempt shows its own.
      const history = inputs.history.map((row) => (row.id === attempt.id && score.complete ? { ...row, percent: score.percent, passed: score.passed } : row));
      const report = buildReport({ ...inputs, history }, score.complete ? percentileOf(score.percent, scored) : null);
      return { ...report, narrative: report.complete ? await narrate(attempt.id, report) : null };
    },
  };

  async function narrate(attemptId: string, report: Omit<Report, 'narrative'>): Promise<string | null> {
    if (!deps.narrator) return null;
    // Insights arrive after verdicts: a narrative written before them is written again once they are in.
    const key = `${attemptId}:${report.questions.filter((q) => q.insights).length}`;
    const cached = narratives.get(key);
    if (cached !== undefined) return cached;
    const text = await deps.narrator.narrate(report);
    if (text !== null) narratives.set(key, text);
    return text;
  }
}

export type AssessmentService = ReturnType<typeof createAssessmentService>;

type ReferenceData = Pick<ReportInputs, 'topics' | 'nodeTitles' | 'roadmapTitles'>;

function activeConflict(id: string): ConflictError {
  return new ConflictError(`You already have an assessment in progress (${id}); finish it before starting another.`, { extensions: { attempt: id } });
}

/** The answer as it is stored, once it fits its question: the body's shape must be the question's kind. */
function checkAnswer(question: FrozenQuestion, body: AnswerRequest): AnswerRequest {
  const wrongShape = (expected: string) => new InvalidRequestError(`Question ${question.id} is a ${question.kind} question; answer it with ${expected}.`, [{ path: '', message: `must be ${expected}` }]);
  switch (question.kind) {
    case 'choice': {
      if (!('choices' in body)) throw wrongShape('{ "choices": [option ids] }');
      const options = new Set((question.options ?? []).map((o) => o.id));
      const unknown = body.choices.filter((choice) => !options.has(choice));
      if (unknown.length > 0) throw new InvalidRequestError(`Question ${question.id} has no option ${unknown.join(', ')}.`, [{ path: 'choices', message: `must be among ${[...options].join(', ')}` }]);
      const multiple = (question.options ?? []).filter((o) => o.correct).length > 1;
      const choices = [...new Set(body.choices)].sort();
      if (!multiple && choices.length > 1) throw new InvalidRequestError(`Question ${question.id} takes one option.`, [{ path: 'choices', message: 'must hold at most one option' }]);
      return { choices };
    }
    case 'output':
      if (!('text' in body)) throw wrongShape('{ "text": "…" }');
      return { text: body.text };
    case 'coding':
      if (!('code' in body)) throw wrongShape('{ "language", "code" }');
      if (question.languages && !question.languages.includes(body.language)) {
        throw new InvalidRequestError(`Question ${question.id} cannot be answered in ${body.language}.`, [{ path: 'language', message: `must be one of ${question.languages.join(', ')}` }]);
      }
      return { language: body.language, code: body.code };
  }
}

function toAnswer(row: repo.AnswerRow): Answer {
  return {
    question: row.question,
    ...(row.body as Omit<Answer, 'question' | 'answeredAt'>),
    ...(row.submissionId ? { submission: row.submissionId } : {}),
    answeredAt: row.answeredAt.toISOString(),
  };
}

function toSummary(row: repo.AttemptSummaryRow): AttemptSummary {
  return {
    id: row.id,
    template: row.template,
    status: row.status,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    percent: row.percent,
    passed: row.passed,
  };
}
