import { API_INTERNAL_URL, BATTLE_API_INTERNAL_URL } from 'astro:env/server';
import { AssignmentDetail, AssignmentList, LeaderboardResponse, MeResponse, MyBattles, Problem, ProgressResponse, RatingLeaderboard, RoadmapDetail, RoadmapList, RoadmapNodeDetail, SubmissionList, type RatingBoard } from '@eduscale/contracts';

export type Me = MeResponse;

/** What every API call resolves to: the parsed body, or the problem that stopped it. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; problem: Problem };

// Structural stand-in for a zod schema, so this package needs no direct zod dependency.
interface Schema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}

// A page render waits on these calls; past this the user is better served by an error panel.
const TIMEOUT_MS = 5000;

const PROBLEM_BASE = 'https://eduscale.dev/problems';

function localProblem(input: { type: string; title: string; status: number; detail: string }): Problem {
  return { ...input, type: `${PROBLEM_BASE}/${input.type}` };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/**
 * A typed client for the EduScale API, bound to one incoming request: it calls the API
 * directly (not through NGINX) and forwards the visitor's cookie and request id.
 */
export function createApi(request: Request) {
  const headers = new Headers({ accept: 'application/json' });
  for (const name of ['cookie', 'x-request-id', 'accept-language']) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }

  /** GET from programming-api, or from `base` (a battle-api process for the battle boards). */
  async function get<T>(path: string, schema: Schema<T>, base = API_INTERNAL_URL): Promise<ApiResult<T>> {
    let response: Response;
    try {
      response = await fetch(new URL(path, base), {
        headers,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      return {
        ok: false,
        problem: localProblem({
          type: 'api-unreachable',
          title: 'The EduScale API is unreachable',
          status: timedOut ? 504 : 503,
          detail: timedOut
            ? `The API did not answer within ${TIMEOUT_MS / 1000} seconds.`
            : 'The API is not answering right now. It may be starting up or down for maintenance.',
        }),
      };
    }

    const body = await readJson(response);
    if (!response.ok) {
      const problem = Problem.safeParse(body);
      if (problem.success) return { ok: false, problem: problem.data };
      return {
        ok: false,
        problem: localProblem({
          type: 'unexpected-response',
          title: response.statusText || 'Request failed',
          status: response.status,
          detail: `The API answered ${response.status} without a problem description.`,
        }),
      };
    }

    const parsed = schema.safeParse(body);
    if (parsed.success) return { ok: true, data: parsed.data };
    return {
      ok: false,
      problem: localProblem({
        type: 'unexpected-response',
        title: 'Unexpected response from the API',
        status: 502,
        detail: `The answer to GET ${path} did not match the expected shape.`,
      }),
    };
  }

  let me: Promise<ApiResult<Me>> | undefined;

  return {
    /** The signed-in user; a 401 problem when there is no session. Memoized per request. */
    me: () => (me ??= get('/api/me', MeResponse)),
    assignments: () => get('/api/assignments', AssignmentList),
    assignment: (slug: string) => get(`/api/assignments/${encodeURIComponent(slug)}`, AssignmentDetail),
    /** The caller's submissions, newest first; all assignments when `assignment` is omitted. */
    submissions: (query: { assignment?: string; limit?: number } = {}) => {
      const params = new URLSearchParams();
      if (query.assignment) params.set('assignment', query.assignment);
      if (query.limit) params.set('limit', String(query.limit));
      return get(`/api/submissions?${params}`, SubmissionList);
    },
    progress: () => get('/api/me/progress', ProgressResponse),
    roadmaps: () => get('/api/roadmaps', RoadmapList),
    roadmap: (slug: string) => get(`/api/roadmaps/${encodeURIComponent(slug)}`, RoadmapDetail),
    roadmapNode: (slug: string, id: string) => get(`/api/roadmaps/${encodeURIComponent(slug)}/nodes/${encodeURIComponent(id)}`, RoadmapNodeDetail),
    leaderboard: () => get('/api/leaderboard', LeaderboardResponse),
    /** The caller's battles (running ones and open challenges included), newest first. */
    myBattles: () => get('/api/battles', MyBattles, BATTLE_API_INTERNAL_URL),
    ratingLeaderboard: (board: RatingBoard) => get(`/api/battles/leaderboard?board=${board}&limit=50`, RatingLeaderboard, BATTLE_API_INTERNAL_URL),
  };
}

export type Api = ReturnType<typeof createApi>;
