import type { Answer, AttemptQuestion } from '@eduscale/contracts';

/** Whether an answer counts as given in the navigator: a choice picked, text typed, code submitted. */
export function isAnswered(question: Pick<AttemptQuestion, 'kind'>, answer: Answer | undefined): boolean {
  if (!answer) return false;
  if (question.kind === 'choice') return (answer.choices?.length ?? 0) > 0;
  if (question.kind === 'output') return (answer.text ?? '').trim() !== '';
  return (answer.code ?? '').trim() !== '';
}

/** The new choice list after a click: one option for a single-answer question, a toggle for "all that apply". */
export function toggleChoice(current: readonly string[], option: string, multiple: boolean): string[] {
  if (!multiple) return [option];
  const next = current.includes(option) ? current.filter((id) => id !== option) : [...current, option];
  return next.sort();
}

/** "3 of 11 answered". */
export function answeredSummary(questions: readonly Pick<AttemptQuestion, 'id' | 'kind'>[], answers: ReadonlyMap<string, Answer>): { answered: number; total: number } {
  const answered = questions.filter((question) => isAnswered(question, answers.get(question.id))).length;
  return { answered, total: questions.length };
}

// Flags are the learner's own notes ("come back to this"): kept in the browser, per attempt.
const flagsKey = (attempt: string) => `eduscale:assessment-flags:${attempt}`;

export function loadFlags(attempt: string): Set<string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(flagsKey(attempt)) ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

export function saveFlags(attempt: string, flags: ReadonlySet<string>): void {
  try {
    if (flags.size === 0) localStorage.removeItem(flagsKey(attempt));
    else localStorage.setItem(flagsKey(attempt), JSON.stringify([...flags].sort()));
  } catch {
    // No storage: the flags last as long as the page.
  }
}
