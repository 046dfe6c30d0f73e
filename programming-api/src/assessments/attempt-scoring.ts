import type { Answer, Submission } from '@eduscale/contracts';
import type { FrozenQuestion } from './frozen-question.ts';
import { outputMatches } from './output-answer.ts';

/** A coding answer as the report reads it: the submission that counts (the latest graded), if any. */
export interface CodingOutcome {
  counted: Submission | null;
  /** A coding answer given before the end is still being graded: the score may still change. */
  pending: boolean;
}

export interface QuestionScore {
  score: number;
  /** Choice and output: whether the answer was right; coding: accepted. */
  right: boolean;
}

/**
 * Choice questions score all or nothing (the chosen set must be exactly the right set), output
 * questions when the text matches after trimming, coding questions by the share of tests the
 * counted submission passed.
 */
export function scoreQuestion(question: FrozenQuestion, answer: Answer | undefined, coding: CodingOutcome | undefined): QuestionScore {
  switch (question.kind) {
    case 'choice': {
      const right = new Set((question.options ?? []).filter((option) => option.correct).map((option) => option.id));
      const chosen = new Set(answer?.choices ?? []);
      const exact = chosen.size === right.size && [...chosen].every((id) => right.has(id));
      return { score: exact ? question.points : 0, right: exact };
    }
    case 'output': {
      const exact = answer?.text !== undefined && question.answer !== undefined && outputMatches(answer.text, question.answer);
      return { score: exact ? question.points : 0, right: exact };
    }
    case 'coding': {
      const counted = coding?.counted;
      if (!counted) return { score: 0, right: false };
      return { score: Math.round(question.points * counted.score), right: counted.verdict === 'accepted' };
    }
  }
}

/**
 * Where a percent stands among the finished attempts of its template: the share of the others it
 * beat, ties counting half. Null until `minimum` attempts (this one included) exist.
 */
export function percentileOf(percent: number, all: readonly number[], minimum = 5): { value: number; among: number } | null {
  if (all.length < minimum) return null;
  const others = all.length - 1;
  const below = all.filter((other) => other < percent).length;
  const ties = all.filter((other) => other === percent).length - 1;
  return { value: Math.round((100 * (below + ties / 2)) / others), among: all.length };
}
