import type { AttemptSummary, Feedback, FeedbackKind, QuestionKind, Report, ReportQuestion, RoadmapRef } from '@eduscale/contracts';

/** Below this many finished attempts of a template the API gives no percentile. */
export const PERCENTILE_MIN_ATTEMPTS = 5;

/** While a coding answer is still graded, the report is fetched again this often. */
export const REFRESH_MS = 4000;

export const KIND_LABELS: Record<QuestionKind, string> = { choice: 'Multiple choice', output: 'Predict the output', coding: 'Coding' };

/** The order and wording of the feedback groups: what to fix first, down to what went well. */
export const FEEDBACK_GROUPS: { kind: FeedbackKind; title: string }[] = [
  { kind: 'essential', title: 'Fix these first' },
  { kind: 'actionable', title: 'Worth working on' },
  { kind: 'informative', title: 'Good to know' },
  { kind: 'celebratory', title: 'What went well' },
];

/** "42 s", "1 min 5 s", "12 min", "1 h 3 min". */
export function formatSeconds(total: number): string {
  const seconds = Math.max(0, Math.round(total));
  if (seconds < 60) return `${seconds} s`;
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return rest > 0 ? `${minutes} min ${rest} s` : `${minutes} min`;
}

/** "Better than 62 % of 14 attempts", or why there is none yet. */
export function percentileText(percentile: Report['percentile']): string {
  if (!percentile) return `Percentile appears once ${PERCENTILE_MIN_ATTEMPTS} attempts have finished`;
  return `Better than ${percentile.value} % of ${percentile.among} attempt${percentile.among === 1 ? '' : 's'}`;
}

/** The anchor of a question's card, for links from the feedback and the charts. */
export const questionAnchor = (id: string) => `report-question-${id}`;

/** "Question 3" from "q3". */
export const questionNumber = (id: string) => `Question ${id.slice(1)}`;

/** Where the roadmap page opens one of its steps. */
export const nodeHref = (ref: Pick<RoadmapRef, 'roadmap' | 'node'>) => `/roadmaps/${encodeURIComponent(ref.roadmap)}?node=${encodeURIComponent(ref.node)}`;

/** The feedback in FEEDBACK_GROUPS order, empty groups left out, each group in the API's order. */
export function groupFeedback(feedback: readonly Feedback[]): { kind: FeedbackKind; title: string; items: Feedback[] }[] {
  return FEEDBACK_GROUPS.map((group) => ({ ...group, items: feedback.filter((item) => item.kind === group.kind) })).filter((group) => group.items.length > 0);
}

/** A share of a bar as a CSS width, 0 %–100 %, 0 when there is nothing to share. */
export function share(value: number, max: number): string {
  if (max <= 0) return '0%';
  return `${Math.min(100, Math.max(0, (value / max) * 100)).toFixed(1)}%`;
}

export type Outcome = 'right' | 'partial' | 'wrong' | 'unanswered';

export function questionOutcome(question: Pick<ReportQuestion, 'score' | 'points' | 'answer'>): Outcome {
  if (!question.answer) return 'unanswered';
  if (question.score >= question.points) return 'right';
  return question.score > 0 ? 'partial' : 'wrong';
}

export const OUTCOME_LABELS: Record<Outcome, string> = { right: 'Right', partial: 'Partly right', wrong: 'Wrong', unanswered: 'Not answered' };

export interface SparkPoint {
  x: number;
  y: number;
  attempt: AttemptSummary;
}

/**
 * The finished attempts with a percent, placed in a width × height box (0 % at the bottom,
 * 100 % at the top, oldest at the left); one attempt sits in the middle.
 */
export function sparkline(history: readonly AttemptSummary[], box: { width: number; height: number; pad: number }): SparkPoint[] {
  const scored = history.filter((attempt) => attempt.percent !== null);
  const inner = box.width - 2 * box.pad;
  const step = scored.length > 1 ? inner / (scored.length - 1) : 0;
  return scored.map((attempt, i) => ({
    x: scored.length > 1 ? box.pad + i * step : box.width / 2,
    y: percentY(attempt.percent ?? 0, box),
    attempt,
  }));
}

export const percentY = (percent: number, box: { height: number; pad: number }) => box.pad + (1 - Math.min(100, Math.max(0, percent)) / 100) * (box.height - 2 * box.pad);

export const pointsPath = (points: readonly { x: number; y: number }[]) => points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');

/** "Up 15 points on your last attempt", "Down 4 points…", "Same as…", or null for a first attempt. */
export function trendText(history: readonly AttemptSummary[], current: string): string | null {
  const scored = history.filter((attempt) => attempt.percent !== null);
  const index = scored.findIndex((attempt) => attempt.id === current);
  const at = index === -1 ? scored.length - 1 : index;
  const now = scored[at];
  const before = scored[at - 1];
  if (!now || !before || now.percent === null || before.percent === null) return null;
  const delta = now.percent - before.percent;
  if (delta === 0) return 'Same score as your attempt before';
  return `${delta > 0 ? 'Up' : 'Down'} ${Math.abs(delta)} point${Math.abs(delta) === 1 ? '' : 's'} on your attempt before`;
}

export type InlinePart = { kind: 'text' | 'code' | 'strong' | 'em'; text: string };

/**
 * The inline marks question authors use in options and explanations (`code`, **strong**, *em*),
 * split into parts the page renders as elements: never HTML, so nothing in the text is markup.
 */
export function inlineMarks(text: string): InlinePart[] {
  return text
    .split(/(`[^`\n]+`|\*\*[^*`\n]+\*\*|\*[^*`\n\s][^*`\n]*\*)/)
    .filter((part) => part !== '')
    .map((part): InlinePart => {
      if (part.length > 2 && part.startsWith('`') && part.endsWith('`')) return { kind: 'code', text: part.slice(1, -1) };
      if (part.length > 4 && part.startsWith('**') && part.endsWith('**')) return { kind: 'strong', text: part.slice(2, -2) };
      if (part.length > 2 && part.startsWith('*') && part.endsWith('*')) return { kind: 'em', text: part.slice(1, -1) };
      return { kind: 'text', text: part };
    });
}
