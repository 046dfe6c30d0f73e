import type { Problem, RunRequest, RunResponse } from '@eduscale/contracts';
import { callApi } from './client-api.ts';

export type RunState =
  | { phase: 'idle' }
  | { phase: 'running' }
  | { phase: 'done'; result: RunResponse }
  | { phase: 'failed'; problem: Problem };

/** The editor's "Run": the program on the learner's own input, no tests, no points. */
export async function runCode(request: RunRequest): Promise<RunState> {
  const response = await callApi<RunResponse>('/api/run', { method: 'POST', body: request });
  return response.ok ? { phase: 'done', result: response.data } : { phase: 'failed', problem: response.problem };
}

/** A sentence for a failed call that says what to do next. */
export function problemAdvice(problem: Problem): string {
  if (problem.status === 401) return 'Your session has ended. Sign in again to keep going.';
  if (problem.status === 429) return `${problem.detail ?? 'Too many requests.'} Wait a moment, then try again.`;
  if (problem.status === 503) return `${problem.detail ?? 'Grading is unavailable right now.'} Your code is safe here; try again shortly.`;
  return problem.detail ?? problem.title;
}
