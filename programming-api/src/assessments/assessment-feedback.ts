import { COMPLEXITY_CLASSES, type ComplexityClass, type Feedback, type FeedbackKind, type ReportQuestion, type RoadmapRef, type Verdict } from '@eduscale/contracts';

/** The evidence the rules read: the report's figures, with where to study each topic. */
export interface FeedbackFacts {
  questions: readonly ReportQuestion[];
  topics: readonly { topic: string; title: string; score: number; max: number; study?: RoadmapRef | undefined }[];
  percent: number;
  passingPercent: number;
  passed: boolean;
  durationSeconds: number;
  integrity: { pastes: number; blurs: number };
  /** The attempt ended at its deadline rather than by the learner's finish. */
  timedOut: boolean;
  /** Roadmap titles by slug, for "see Sorting on the Algorithms roadmap". */
  roadmapTitles: ReadonlyMap<string, string>;
}

const ORDER: readonly FeedbackKind[] = ['essential', 'actionable', 'informative', 'celebratory'];
const WEAK_SHARE = 0.6;
const LONG_QUESTION_SHARE = 0.4;

const VERDICT_WORDS: Record<Verdict, string> = {
  accepted: 'was accepted',
  wrong_answer: 'gave a wrong answer',
  time_limit_exceeded: 'ran out of time',
  memory_limit_exceeded: 'ran out of memory',
  output_limit_exceeded: 'printed too much',
  runtime_error: 'crashed',
  compilation_error: 'did not compile',
  internal_error: 'could not be graded',
};

/**
 * The rules engine: turns the evidence into comments of four kinds (essential, actionable,
 * informative, celebratory — as Exercism's analyzers do), each naming its question or roadmap
 * node. Deterministic: the same report always gets the same feedback, in the same order.
 */
export function feedbackFor(facts: FeedbackFacts): Feedback[] {
  const items: Feedback[] = [];
  const number = (question: ReportQuestion) => Number(question.id.slice(1));
  const studyOf = (topic: string) => facts.topics.find((t) => t.topic === topic)?.study;
  const see = (node: RoadmapRef | undefined) => (node ? `; see ${node.title} on the ${facts.roadmapTitles.get(node.roadmap) ?? node.roadmap} roadmap` : '');
  const add = (kind: FeedbackKind, text: string, where: { question?: ReportQuestion | undefined; node?: RoadmapRef | undefined } = {}) => {
    const item: Feedback = { kind, text };
    if (where.question) item.question = where.question.id;
    if (where.node) item.node = where.node;
    items.push(item);
  };

  if (facts.passed) add('celebratory', `Passed with ${facts.percent} % (${facts.passingPercent} % needed).`);
  else {
    const weakest = [...facts.topics].filter((t) => t.max > 0).sort((a, b) => a.score / a.max - b.score / b.max)[0];
    const node = weakest ? weakest.study : undefined;
    add('essential', `Not passed: ${facts.percent} %, ${facts.passingPercent} % needed${weakest ? `. The weakest topic was ${weakest.title} (${weakest.score} of ${weakest.max} points)` : ''}${see(node)}.`, { node });
  }

  for (const question of facts.questions.filter((q) => q.kind === 'coding')) items.push(...codingFeedback(question, number(question), studyOf(question.topic), see));

  for (const topic of facts.topics) {
    const concept = facts.questions.filter((q) => q.topic === topic.topic && q.kind !== 'coding');
    const wrong = concept.filter((q) => q.score < q.points && q.answer !== null);
    if (concept.length >= 2 && wrong.length === 0 && concept.every((q) => q.answer !== null)) {
      add('celebratory', `All ${concept.length} concept questions on ${topic.title} right.`);
    } else if (topic.max > 0 && topic.score / topic.max < WEAK_SHARE && wrong.length > 0) {
      add('actionable', `${wrong.length} of ${concept.length} concept question${concept.length === 1 ? '' : 's'} on ${topic.title} ${wrong.length === 1 ? 'was' : 'were'} wrong (question ${wrong.map(number).join(', ')}): read the explanations below${see(topic.study)}.`, { node: topic.study });
    }
  }

  const unanswered = facts.questions.filter((q) => q.answer === null);
  if (unanswered.length > 0) {
    const which = unanswered.map(number).join(', ');
    const why = facts.timedOut ? 'Time ran out with' : 'You finished with';
    add(facts.timedOut ? 'actionable' : 'informative', `${why} ${unanswered.length} question${unanswered.length === 1 ? '' : 's'} unanswered (${which}); an answer, even a partial one, can score.`);
  }

  const spent = facts.questions.reduce((sum, q) => sum + q.timeSeconds, 0);
  const longest = [...facts.questions].sort((a, b) => b.timeSeconds - a.timeSeconds)[0];
  if (longest && facts.questions.length >= 3 && spent > 0 && longest.timeSeconds / spent >= LONG_QUESTION_SHARE) {
    const share = Math.round((100 * longest.timeSeconds) / spent);
    add('actionable', `You spent ${share} % of your time on question ${number(longest)} (${longest.title}); in a timed round, move on and come back once the others are answered.`, { question: longest });
  }

  if (facts.integrity.pastes > 0) add('informative', `${facts.integrity.pastes} paste${facts.integrity.pastes === 1 ? ' was' : 's were'} recorded; in a proctored assessment, pasted code is flagged for review.`);
  if (facts.integrity.blurs > 0) add('informative', `You left the assessment's page ${facts.integrity.blurs} time${facts.integrity.blurs === 1 ? '' : 's'}; time away is not counted against any question.`);

  return ORDER.flatMap((kind) => items.filter((item) => item.kind === kind));
}

function codingFeedback(question: ReportQuestion, n: number, study: RoadmapRef | undefined, see: (node: RoadmapRef | undefined) => string): Feedback[] {
  const out: Feedback[] = [];
  const at = (kind: FeedbackKind, text: string, node?: RoadmapRef): Feedback => (node ? { kind, text, question: question.id, node } : { kind, text, question: question.id });
  if (question.answer === null) return [at('essential', `Question ${n} (${question.title}) has no answer: a coding question carries the most points; submit what you have, even if it passes only some tests.`)];
  const verdict = question.verdict ?? null;
  if (verdict === null) return [at('informative', `Question ${n} (${question.title}) was not graded before the report was made.`)];
  const complexity = question.insights?.complexity ?? null;
  const detected = complexity?.detected;
  const expected = complexity?.expected;
  const slower = detected !== undefined && expected !== undefined && rank(detected) > rank(expected);
  const tests = question.tests ? ` (${question.tests.passed} of ${question.tests.total} tests)` : '';

  if (verdict === 'time_limit_exceeded' && slower) {
    out.push(at('essential', `Question ${n} timed out on the large test: your solution is O(${detected}), the task expects O(${expected})${see(study)}.`, study));
  } else if (verdict !== 'accepted') {
    out.push(at('essential', `Question ${n} (${question.title}) ${VERDICT_WORDS[verdict]}${tests}${see(study)}.`, study));
  } else if (slower) {
    out.push(at('actionable', `Question ${n} passed, but it grows as O(${detected}) where O(${expected}) is expected: on larger inputs it would time out${see(study)}.`, study));
  } else {
    out.push(at('celebratory', `Question ${n} (${question.title}) was accepted${expected ? ` with the expected O(${expected}) growth` : ''}.`));
  }

  const findings = question.insights?.findings ?? [];
  const worst = findings.find((f) => f.severity === 'error') ?? findings.find((f) => f.severity === 'warning');
  if (worst) {
    const more = findings.length > 1 ? ` (and ${findings.length - 1} more finding${findings.length === 2 ? '' : 's'})` : '';
    out.push(at('actionable', `Question ${n}: ${worst.tool} flags line ${worst.line}: ${worst.message} [${worst.rule}]${more}.`));
  }
  return out;
}

function rank(complexity: ComplexityClass): number {
  return COMPLEXITY_CLASSES.indexOf(complexity);
}
