import { z } from 'zod';
import { Difficulty, Sample, Slug } from './assignments.ts';
import { Insights } from './insights.ts';
import { Language } from './languages.ts';
import { NodeId } from './roadmaps.ts';
import { SourceCode } from './submissions.ts';
import { Verdict } from './verdicts.ts';

/** Mock assessments: API.md, "Mock assessments". */
export const QUESTION_KINDS = ['coding', 'choice', 'output'] as const;
export const QuestionKind = z.enum(QUESTION_KINDS);
export type QuestionKind = z.infer<typeof QuestionKind>;

export const ATTEMPT_STATUSES = ['active', 'finished'] as const;
export const AttemptStatus = z.enum(ATTEMPT_STATUSES);
export type AttemptStatus = z.infer<typeof AttemptStatus>;

/** A question id inside an attempt: its position, "q1" to "q99", stable for the attempt's life. */
export const QuestionId = z.string().regex(/^q[1-9][0-9]?$/, 'must be a question id such as "q3"');
export const OptionId = z.string().regex(/^[a-z]$/, 'must be an option id, one letter');
export const AttemptId = z.uuid();

const time = z.iso.datetime({ offset: true });

export const AssessmentSummary = z.object({
  slug: Slug,
  title: z.string(),
  summary: z.string(),
  durationSeconds: z.number().int(),
  questions: z.number().int(),
  kinds: z.array(QuestionKind),
  topics: z.array(z.string()),
  passingPercent: z.number().int(),
  cooldownSeconds: z.number().int(),
  /** How many of the caller's attempts of this template have finished. */
  attempts: z.number().int(),
  best: z.number().int().nullable(),
  /** When the caller may start it again (a retake cooldown); null when they may now. */
  availableAt: time.nullable(),
  /** The caller's active attempt of this template, to resume. */
  active: AttemptId.nullable(),
});
export type AssessmentSummary = z.infer<typeof AssessmentSummary>;

export const AssessmentList = z.object({ items: z.array(AssessmentSummary) });
export type AssessmentList = z.infer<typeof AssessmentList>;

export const StartAttemptRequest = z.strictObject({ template: Slug });
export type StartAttemptRequest = z.infer<typeof StartAttemptRequest>;

/** A question as the learner sees it during the attempt: never its answer key. */
export const AttemptQuestion = z.object({
  id: QuestionId,
  kind: QuestionKind,
  title: z.string(),
  prompt: z.string(),
  points: z.number().int(),
  topic: z.string(),
  difficulty: Difficulty,
  options: z.array(z.object({ id: OptionId, text: z.string() })).optional(),
  multiple: z.boolean().optional(),
  /** Output questions: the program to read, and its language. */
  code: z.string().optional(),
  codeLanguage: Language.optional(),
  assignment: Slug.optional(),
  languages: z.array(Language).optional(),
  starterCode: z.partialRecord(Language, z.string()).optional(),
  samples: z.array(Sample).optional(),
});
export type AttemptQuestion = z.infer<typeof AttemptQuestion>;

export const ChoiceAnswer = z.strictObject({ choices: z.array(OptionId).max(26) });
export const OutputAnswer = z.strictObject({ text: z.string().max(4096).regex(/^[^\0]*$/, 'must not contain a NUL byte (\\0)') });
export const CodingAnswer = z.strictObject({ language: Language, code: SourceCode });
/** PUT /api/assessments/:id/answers/:question: the body's shape must fit the question's kind. */
export const AnswerRequest = z.union([ChoiceAnswer, OutputAnswer, CodingAnswer]);
export type AnswerRequest = z.infer<typeof AnswerRequest>;

export const Answer = z.object({
  question: QuestionId,
  choices: z.array(OptionId).optional(),
  text: z.string().optional(),
  language: Language.optional(),
  code: z.string().optional(),
  /** Coding: the submission grading this answer. */
  submission: z.string().optional(),
  answeredAt: time,
});
export type Answer = z.infer<typeof Answer>;

export const Attempt = z.object({
  id: AttemptId,
  template: Slug,
  title: z.string(),
  status: AttemptStatus,
  startedAt: time,
  endsAt: time,
  finishedAt: time.nullable(),
  passingPercent: z.number().int(),
  questions: z.array(AttemptQuestion),
  answers: z.array(Answer),
});
export type Attempt = z.infer<typeof Attempt>;

export const ATTEMPT_EVENT_TYPES = ['open', 'blur', 'focus', 'paste'] as const;
export const AttemptEventType = z.enum(ATTEMPT_EVENT_TYPES);
export type AttemptEventType = z.infer<typeof AttemptEventType>;
export const AttemptEventRequest = z.strictObject({ question: QuestionId, type: AttemptEventType });
export type AttemptEventRequest = z.infer<typeof AttemptEventRequest>;

export const AttemptFinished = z.object({ status: z.literal('finished') });

export const FEEDBACK_KINDS = ['essential', 'actionable', 'informative', 'celebratory'] as const;
export const FeedbackKind = z.enum(FEEDBACK_KINDS);
export type FeedbackKind = z.infer<typeof FeedbackKind>;

export const RoadmapRef = z.object({ roadmap: Slug, node: NodeId, title: z.string() });
export type RoadmapRef = z.infer<typeof RoadmapRef>;

export const Feedback = z.object({
  kind: FeedbackKind,
  text: z.string(),
  question: QuestionId.optional(),
  node: RoadmapRef.optional(),
});
export type Feedback = z.infer<typeof Feedback>;

export const ReportQuestion = z.object({
  id: QuestionId,
  kind: QuestionKind,
  title: z.string(),
  topic: z.string(),
  points: z.number().int(),
  score: z.number().int(),
  timeSeconds: z.number().int(),
  /** What the learner answered (null: nothing). */
  answer: Answer.nullable(),
  /** Choice: the right option ids; output: the right text. */
  correct: z.union([z.array(OptionId), z.string()]).optional(),
  explanation: z.string().optional(),
  /** Choice: why each option is right or wrong. */
  options: z.array(z.object({ id: OptionId, text: z.string(), correct: z.boolean(), explanation: z.string() })).optional(),
  verdict: Verdict.nullable().optional(),
  tests: z.object({ passed: z.number().int(), total: z.number().int() }).optional(),
  insights: Insights.nullable().optional(),
});
export type ReportQuestion = z.infer<typeof ReportQuestion>;

export const AttemptSummary = z.object({
  id: AttemptId,
  template: Slug,
  status: AttemptStatus,
  startedAt: time,
  finishedAt: time.nullable(),
  percent: z.number().int().nullable(),
  passed: z.boolean().nullable(),
});
export type AttemptSummary = z.infer<typeof AttemptSummary>;

export const Report = z.object({
  id: AttemptId,
  template: Slug,
  title: z.string(),
  /** False while a coding answer given before the end is still being graded: the figures may still grow. */
  complete: z.boolean(),
  score: z.number().int(),
  maxScore: z.number().int(),
  percent: z.number().int(),
  passingPercent: z.number().int(),
  passed: z.boolean(),
  percentile: z.object({ value: z.number().int(), among: z.number().int() }).nullable(),
  startedAt: time,
  finishedAt: time,
  durationSeconds: z.number().int(),
  integrity: z.object({ pastes: z.number().int(), blurs: z.number().int() }),
  questions: z.array(ReportQuestion),
  topics: z.array(z.object({ topic: z.string(), title: z.string(), score: z.number().int(), max: z.number().int() })),
  feedback: z.array(Feedback),
  /** The feedback rewritten by a language model when one is configured (FEEDBACK_LLM_URL); null by default. */
  narrative: z.string().nullable(),
  recommendations: z.array(RoadmapRef),
  /** This template's finished attempts of the learner, oldest first: the trend. */
  history: z.array(AttemptSummary),
});
export type Report = z.infer<typeof Report>;

export const AttemptList = z.object({ items: z.array(AttemptSummary) });
export type AttemptList = z.infer<typeof AttemptList>;

/** The queue whose delayed jobs finish attempts at their deadline, on whichever instance takes them. */
export const ASSESSMENT_DEADLINE_QUEUE = 'assessment-deadlines';
export const AssessmentDeadlineJob = z.object({ attemptId: AttemptId });
export type AssessmentDeadlineJob = z.infer<typeof AssessmentDeadlineJob>;
