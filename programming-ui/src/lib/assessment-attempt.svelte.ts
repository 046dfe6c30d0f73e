import type { Answer, AnswerRequest, Attempt, AttemptEventType, Problem } from '@eduscale/contracts';
import { SvelteMap } from 'svelte/reactivity';
import { callApi, type ClientResult } from './client-api.ts';
import { clockOffset } from './assessment-time.ts';
import { readProblem } from './problem.ts';

export type SaveState = { phase: 'saving' } | { phase: 'saved'; at: string } | { phase: 'failed'; problem: Problem };

const base = (id: string) => `/api/assessments/${encodeURIComponent(id)}`;

/**
 * GET /api/assessments/:id with the server's clock offset read from its `Date` header
 * (callApi hides headers), so the countdown follows the server's deadline.
 */
export async function loadAttempt(id: string): Promise<ClientResult<{ attempt: Attempt; offsetMs: number }>> {
  let response: Response;
  const sentAt = Date.now();
  try {
    response = await fetch(base(id), { credentials: 'same-origin', headers: { accept: 'application/json' }, cache: 'no-store' });
  } catch {
    return { ok: false, problem: { type: 'about:blank', title: 'Network error', status: 0, detail: 'We couldn’t reach EduScale. Check your connection and try again.' } };
  }
  if (!response.ok) return { ok: false, problem: await readProblem(response) };
  const offsetMs = clockOffset(response.headers.get('date'), sentAt, Date.now());
  return { ok: true, status: response.status, data: { attempt: (await response.json()) as Attempt, offsetMs } };
}

/** One attempt's answers as the learner gives them: saved as given, with a state per question. */
export class AttemptAnswers {
  readonly answers = new SvelteMap<string, Answer>();
  readonly saves = new SvelteMap<string, SaveState>();
  /** Set when the server says the attempt takes no more answers (its time ran out, or it was finished). */
  closed = $state(false);

  readonly #id: string;
  // The latest request per question wins: an older answer arriving late must not undo a newer one.
  readonly #sequence = new Map<string, number>();

  constructor(attempt: Attempt) {
    this.#id = attempt.id;
    for (const answer of attempt.answers) this.answers.set(answer.question, answer);
  }

  async save(question: string, body: AnswerRequest): Promise<Answer | null> {
    const sequence = (this.#sequence.get(question) ?? 0) + 1;
    this.#sequence.set(question, sequence);
    this.saves.set(question, { phase: 'saving' });
    const response = await callApi<Answer>(`${base(this.#id)}/answers/${encodeURIComponent(question)}`, { method: 'PUT', body });
    if (this.#sequence.get(question) !== sequence) return null;
    if (!response.ok) {
      if (response.problem.status === 409) this.closed = true;
      this.saves.set(question, { phase: 'failed', problem: response.problem });
      return null;
    }
    this.answers.set(question, response.data);
    this.saves.set(question, { phase: 'saved', at: response.data.answeredAt });
    return response.data;
  }

  /** Time per question and integrity signals; losing one is better than interrupting the learner. */
  event(question: string, type: AttemptEventType): void {
    if (this.closed) return;
    void callApi<null>(`${base(this.#id)}/events`, { method: 'POST', body: { question, type } }).then((response) => {
      if (!response.ok && response.problem.status === 409) this.closed = true;
    });
  }

  finish(): Promise<ClientResult<{ status: 'finished' }>> {
    return callApi<{ status: 'finished' }>(`${base(this.#id)}/finish`, { method: 'POST' });
  }
}
