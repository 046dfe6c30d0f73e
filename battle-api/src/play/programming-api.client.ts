import { SESSION_COOKIE } from '@eduscale/server-kit/sessions';
import { DependencyUnavailableError } from '@eduscale/server-kit/errors';
import { UpstreamProblemError } from '../errors.ts';

export interface SubmitToProgrammingApi {
  sessionToken: string;
  assignment: string;
  language: string;
  code: string;
}

/**
 * programming-api's public `POST /api/submissions`, as the player: their session cookie, and
 * our public Origin so its CSRF check passes. Battles add no grading path of their own, so
 * identical code is never regraded and rate limits apply as usual.
 */
export function createProgrammingApiClient(deps: { baseUrl: string; publicOrigin: string; timeoutMs: number }) {
  return {
    async submit(request: SubmitToProgrammingApi): Promise<{ id: string; reused: boolean }> {
      let response: Response;
      try {
        response = await fetch(new URL('/api/submissions', deps.baseUrl), {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${request.sessionToken}`, origin: deps.publicOrigin },
          body: JSON.stringify({ assignment: request.assignment, language: request.language, code: request.code }),
          signal: AbortSignal.timeout(deps.timeoutMs),
        });
      } catch (error) {
        throw new DependencyUnavailableError('Grading is unavailable right now; try again shortly.', { cause: error });
      }
      const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
      if (response.status === 200 || response.status === 202) {
        if (typeof body.id !== 'string') throw new Error('programming-api answered a submission without an id');
        return { id: body.id, reused: body.reused === true };
      }
      if (response.status >= 500) throw new DependencyUnavailableError('Grading is unavailable right now; try again shortly.');
      // The player's own mistake (language not offered, code too large, rate limited): passed on as it is.
      throw new UpstreamProblemError({
        status: response.status,
        title: typeof body.title === 'string' ? body.title : 'Submission refused',
        detail: typeof body.detail === 'string' ? body.detail : `The submission was refused (${response.status}).`,
        extensions: Object.fromEntries(Object.entries(body).filter(([k]) => ['errors', 'retryAfter'].includes(k))),
        problemType: typeof body.type === 'string' ? body.type : 'about:blank',
      });
    },
  };
}

export type ProgrammingApiClient = ReturnType<typeof createProgrammingApiClient>;
