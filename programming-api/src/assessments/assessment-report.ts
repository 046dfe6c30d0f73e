import type { Answer, AttemptSummary, Report, ReportQuestion, RoadmapRef, Submission } from '@eduscale/contracts';
import { feedbackFor } from './assessment-feedback.ts';
import type { StudyNode } from './assessment-content.schema.ts';
import { scoreQuestion, type CodingOutcome } from './attempt-scoring.ts';
import { integrityOf, timePerQuestion, type AttemptEvent } from './attempt-time.ts';
import type { FrozenQuestion } from './frozen-question.ts';

/** Everything a report is made of, read by the service. */
export interface ReportInputs {
  attempt: { id: string; template: string; startedAt: Date; endsAt: Date; finishedAt: Date; questions: FrozenQuestion[]; maxScore: number };
  title: string;
  passingPercent: number;
  answers: ReadonlyMap<string, Answer>;
  coding: ReadonlyMap<string, CodingOutcome>;
  events: readonly AttemptEvent[];
  topics: ReadonlyMap<string, { title: string; study: StudyNode[] }>;
  /** Roadmap node titles by "roadmap/node", and roadmap titles by slug. */
  nodeTitles: ReadonlyMap<string, string>;
  roadmapTitles: ReadonlyMap<string, string>;
  history: AttemptSummary[];
}

const RECOMMENDATIONS = 4;
const WEAK_SHARE = 0.7;

/** The score a report gives, before percentile and history: what is stored once the attempt is complete. */
export function scoreAttempt(inputs: Pick<ReportInputs, 'attempt' | 'answers' | 'coding' | 'passingPercent'>): { score: number; percent: number; passed: boolean; complete: boolean } {
  const score = inputs.attempt.questions.reduce((sum, q) => sum + scoreQuestion(q, inputs.answers.get(q.id), inputs.coding.get(q.id)).score, 0);
  const percent = inputs.attempt.maxScore > 0 ? Math.floor((100 * score) / inputs.attempt.maxScore) : 0;
  const complete = [...inputs.coding.values()].every((outcome) => !outcome.pending);
  return { score, percent, passed: percent >= inputs.passingPercent, complete };
}

export function buildReport(inputs: ReportInputs, percentile: Report['percentile']): Omit<Report, 'narrative'> {
  const { attempt } = inputs;
  const { score, percent, passed, complete } = scoreAttempt(inputs);
  const times = timePerQuestion(inputs.events, attempt.startedAt, attempt.finishedAt);
  const studyRef = (topic: string): RoadmapRef | undefined => {
    const node = inputs.topics.get(topic)?.study[0];
    if (!node) return undefined;
    return { roadmap: node.roadmap, node: node.node, title: inputs.nodeTitles.get(`${node.roadmap}/${node.node}`) ?? node.node };
  };

  const questions = attempt.questions.map((question) => reportQuestion(question, inputs.answers.get(question.id), inputs.coding.get(question.id), times.get(question.id) ?? 0));
  const topicOrder = [...new Set(attempt.questions.map((q) => q.topic))];
  const topics = topicOrder.map((topic) => {
    const of = questions.filter((q) => q.topic === topic);
    return { topic, title: inputs.topics.get(topic)?.title ?? topic, score: sum(of.map((q) => q.score)), max: sum(of.map((q) => q.points)) };
  });
  const durationSeconds = Math.max(0, Math.round((attempt.finishedAt.getTime() - attempt.startedAt.getTime()) / 1000));
  const integrity = integrityOf(inputs.events);
  const feedback = feedbackFor({
    questions,
    topics: topics.map((topic) => ({ ...topic, study: studyRef(topic.topic) })),
    percent,
    passingPercent: inputs.passingPercent,
    passed,
    durationSeconds,
    integrity,
    timedOut: attempt.finishedAt.getTime() >= attempt.endsAt.getTime(),
    roadmapTitles: inputs.roadmapTitles,
  });

  return {
    id: attempt.id,
    template: attempt.template,
    title: inputs.title,
    complete,
    score,
    maxScore: attempt.maxScore,
    percent,
    passingPercent: inputs.passingPercent,
    passed,
    percentile,
    startedAt: attempt.startedAt.toISOString(),
    finishedAt: attempt.finishedAt.toISOString(),
    durationSeconds,
    integrity,
    questions,
    topics,
    feedback,
    recommendations: recommend(topics, inputs),
    history: inputs.history,
  };
}

function reportQuestion(question: FrozenQuestion, answer: Answer | undefined, coding: CodingOutcome | undefined, timeSeconds: number): ReportQuestion {
  const { score } = scoreQuestion(question, answer, coding);
  const base: ReportQuestion = { id: question.id, kind: question.kind, title: question.title, topic: question.topic, points: question.points, score, timeSeconds, answer: answer ?? null };
  switch (question.kind) {
    case 'choice': {
      const options = question.options ?? [];
      return { ...base, correct: options.filter((o) => o.correct).map((o) => o.id), options };
    }
    case 'output':
      return { ...base, correct: question.answer ?? '', ...(question.explanation ? { explanation: question.explanation } : {}) };
    case 'coding': {
      const counted: Submission | null = coding?.counted ?? null;
      if (!counted) return { ...base, verdict: null, insights: null };
      const passed = counted.tests.filter((test) => test.verdict === 'accepted').length;
      return { ...base, verdict: counted.verdict, tests: { passed, total: counted.tests.length }, insights: counted.insights };
    }
  }
}

/** The study nodes of the weakest topics (below 70 % of their points), weakest first, each node once. */
function recommend(topics: readonly { topic: string; score: number; max: number }[], inputs: ReportInputs): RoadmapRef[] {
  const weak = topics.filter((t) => t.max > 0 && t.score / t.max < WEAK_SHARE).sort((a, b) => a.score / a.max - b.score / b.max);
  const seen = new Set<string>();
  const refs: RoadmapRef[] = [];
  for (const topic of weak) {
    for (const node of inputs.topics.get(topic.topic)?.study ?? []) {
      const key = `${node.roadmap}/${node.node}`;
      if (seen.has(key) || refs.length >= RECOMMENDATIONS) continue;
      seen.add(key);
      refs.push({ roadmap: node.roadmap, node: node.node, title: inputs.nodeTitles.get(key) ?? node.node });
    }
  }
  return refs;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
