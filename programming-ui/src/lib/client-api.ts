import type { Problem } from '@eduscale/contracts';
import { readProblem } from './problem.ts';

/** What an island's API call resolves to: the body, or the problem that stopped it. */
export type ClientResult<T> = { ok: true; status: number; data: T } | { ok: false; problem: Problem };

const UNREACHABLE: Problem = {
  type: 'about:blank',
  title: 'Network error',
  status: 0,
  detail: 'We couldn’t reach EduScale. Check your connection and try again.',
};

/**
 * Same-origin JSON call from the browser (NGINX routes /api/*). Bodies are trusted to match
 * the contracts' types: islands skip zod to keep it out of the bundle.
 */
export async function callApi<T>(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<ClientResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      credentials: 'same-origin',
      headers: init.body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    return { ok: false, problem: UNREACHABLE };
  }
  if (!response.ok) return { ok: false, problem: await readProblem(response) };
  // No Content: the success has no body (callers of such routes ask for `null`).
  if (response.status === 204) return { ok: true, status: 204, data: null as T };
  try {
    return { ok: true, status: response.status, data: (await response.json()) as T };
  } catch {
    return { ok: false, problem: { type: 'about:blank', title: 'Unexpected response', status: response.status, detail: 'The answer was not JSON.' } };
  }
}

/** One line for a problem: its detail, else its title. */
export function problemMessage(problem: Problem): string {
  return problem.detail ?? problem.title;
}

/** A request's state as an island shows it: a spinner, the data, or an error with a retry. */
export type Loadable<T> = { phase: 'loading' } | { phase: 'ready'; data: T } | { phase: 'failed'; problem: Problem };
