import type { AttemptQuestion, Difficulty, Language, QuestionKind, Sample } from '@eduscale/contracts';

/**
 * A question as an attempt froze it when it was drawn: what the learner sees plus the answer key.
 * Stored in the attempt's row, so editing content/ never changes an attempt already made.
 */
export interface FrozenQuestion {
  id: string;
  kind: QuestionKind;
  /** The bank question id, or the assignment slug of a coding question. */
  source: string;
  title: string;
  prompt: string;
  points: number;
  topic: string;
  difficulty: Difficulty;
  options?: { id: string; text: string; correct: boolean; explanation: string }[];
  code?: string;
  codeLanguage?: Language;
  answer?: string;
  explanation?: string;
  languages?: Language[];
  starterCode?: Partial<Record<Language, string>>;
  samples?: Sample[];
}

/** What the learner may see during the attempt: everything but the key. */
export function toAttemptQuestion(question: FrozenQuestion): AttemptQuestion {
  const seen: AttemptQuestion = {
    id: question.id,
    kind: question.kind,
    title: question.title,
    prompt: question.prompt,
    points: question.points,
    topic: question.topic,
    difficulty: question.difficulty,
  };
  if (question.kind === 'choice' && question.options) {
    seen.options = question.options.map(({ id, text }) => ({ id, text }));
    seen.multiple = question.options.filter((option) => option.correct).length > 1;
  }
  if (question.kind === 'output') {
    if (question.code !== undefined) seen.code = question.code;
    if (question.codeLanguage !== undefined) seen.codeLanguage = question.codeLanguage;
  }
  if (question.kind === 'coding') {
    seen.assignment = question.source;
    if (question.languages) seen.languages = question.languages;
    if (question.starterCode) seen.starterCode = question.starterCode;
    if (question.samples) seen.samples = question.samples;
  }
  return seen;
}
