import type { Problem } from '@eduscale/contracts';
import { PROBLEM_CONTENT_TYPE } from '@eduscale/contracts';

export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...headers },
  });
}
