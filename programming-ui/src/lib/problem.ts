import type { Problem } from '@eduscale/contracts';

// Islands run in the browser, where bundling zod for one shape check is not worth its weight.
function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const { title, status } = value as Record<string, unknown>;
  return typeof title === 'string' && typeof status === 'number';
}

/** The problem+json body of a failed response, or a generic problem when it has none. */
export async function readProblem(response: Response): Promise<Problem> {
  try {
    const body: unknown = await response.json();
    if (isProblem(body)) return body;
  } catch {
    // Not JSON: a proxy's HTML error page, for instance.
  }
  return { type: 'about:blank', title: response.statusText || 'Request failed', status: response.status };
}

/** The field a problem `errors[].path` points at: "username", "/username" and "body.username" alike. */
export function fieldName(path: string): string {
  return path.split(/[./]/).filter(Boolean).at(-1) ?? '';
}
