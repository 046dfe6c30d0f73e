import {
  AssignmentDetail,
  BattleCreated,
  BattleStarted,
  BattleState,
  BattleSubmissionAccepted,
  BattleSubmissionRequest,
  CreateBattleRequest,
  MyBattles,
  OnlinePlayers,
  QueueRequest,
  QueueTicket,
  RatingLeaderboard,
  AssignmentList,
  AuthResponse,
  Credentials,
  Health,
  LeaderboardResponse,
  MeResponse,
  Problem,
  ProgressResponse,
  RunRequest,
  RunResponse,
  Submission,
  SubmissionAccepted,
  SubmissionList,
  SubmissionRequest,
} from '@eduscale/contracts';
import { z } from 'zod';

interface Operation {
  summary: string;
  tag: string;
  auth?: boolean;
  /** Routes NGINX sends to another service; everything else is programming-api's. */
  servedBy?: 'grader-api' | 'battle-api';
  body?: z.ZodType;
  params?: Record<string, string>;
  query?: Record<string, string>;
  /** A media type other than JSON for the success response (the event stream). */
  produces?: string;
  responses: Record<number, { description: string; schema?: z.ZodType }>;
}

/** Every public route, described with the same zod schemas the handlers validate with. */
const OPERATIONS: Record<string, Partial<Record<'get' | 'post' | 'put' | 'delete', Operation>>> = {
  '/api/health': {
    get: { summary: 'Readiness of Postgres and Redis', tag: 'health', responses: { 200: { description: 'Both answer', schema: Health }, 503: { description: 'A dependency is down' } } },
  },
  '/api/auth/register': {
    post: {
      summary: 'Create an account and sign in',
      tag: 'accounts',
      body: Credentials,
      responses: { 201: { description: 'Created; sets the session cookie', schema: AuthResponse }, 400: { description: 'Invalid input' }, 409: { description: 'Username taken' }, 429: { description: 'Rate limited' } },
    },
  },
  '/api/auth/login': {
    post: {
      summary: 'Sign in',
      tag: 'accounts',
      body: Credentials,
      responses: { 200: { description: 'Signed in; sets the session cookie', schema: AuthResponse }, 401: { description: 'Wrong username or password' }, 429: { description: 'Rate limited' } },
    },
  },
  '/api/auth/logout': {
    post: { summary: 'Sign out', tag: 'accounts', responses: { 204: { description: 'Signed out; the cookie is cleared' } } },
  },
  '/api/auth/session': {
    get: {
      summary: 'Whether the caller is signed in (NGINX asks this before other services)',
      tag: 'accounts',
      auth: true,
      responses: { 204: { description: 'Signed in; X-User-Id and X-User-Name name the user' }, 401: { description: 'Not signed in' }, 403: { description: 'Cross-site request' } },
    },
  },
  '/api/me': {
    get: { summary: 'The signed-in user and their points', tag: 'accounts', auth: true, responses: { 200: { description: 'The user', schema: MeResponse }, 401: { description: 'Not signed in' } } },
  },
  '/api/assignments': {
    get: { summary: 'The assignment catalogue', tag: 'assignments', responses: { 200: { description: 'Every published assignment', schema: AssignmentList } } },
  },
  '/api/assignments/{slug}': {
    get: {
      summary: 'One assignment with its statement, starter code and samples',
      tag: 'assignments',
      params: { slug: 'The assignment slug, e.g. add-two-numbers' },
      responses: { 200: { description: 'The assignment', schema: AssignmentDetail }, 404: { description: 'No such assignment' } },
    },
  },
  '/api/run': {
    post: {
      summary: 'Run code on custom input in the sandbox (served by the grader fleet)',
      tag: 'run',
      auth: true,
      servedBy: 'grader-api',
      body: RunRequest,
      responses: { 200: { description: 'What the program did', schema: RunResponse }, 400: { description: 'Invalid input' }, 401: { description: 'Not signed in' }, 413: { description: 'Code over 64 KiB or input over 256 KiB' }, 503: { description: 'Grading unavailable' } },
    },
  },
  '/api/submissions': {
    post: {
      summary: 'Submit code for grading against the hidden tests',
      tag: 'submissions',
      auth: true,
      body: SubmissionRequest,
      responses: {
        202: { description: 'New code: queued for grading (follow /events or poll)', schema: SubmissionAccepted },
        200: { description: 'Identical code was graded before: the stored result, reused: true', schema: Submission },
        400: { description: 'Invalid input (code with a NUL byte included), or a language the assignment does not offer' },
        401: { description: 'Not signed in' },
        404: { description: 'No such assignment' },
        413: { description: 'Code over 64 KiB' },
        429: { description: 'Over the rate limit or too many submissions being graded (Retry-After says when to retry)' },
      },
    },
    get: {
      summary: "The caller's own submissions, newest first",
      tag: 'submissions',
      auth: true,
      query: { assignment: 'Only this assignment (a slug)', limit: 'At most this many (1–100, default 20)' },
      responses: { 200: { description: 'The submissions', schema: SubmissionList }, 401: { description: 'Not signed in' } },
    },
  },
  '/api/submissions/{id}': {
    get: {
      summary: 'One of the caller\'s submissions; hidden tests show only their verdict, time and memory',
      tag: 'submissions',
      auth: true,
      params: { id: 'The submission id' },
      responses: { 200: { description: 'The submission', schema: Submission }, 401: { description: 'Not signed in' }, 404: { description: "No such submission of the caller's" } },
    },
  },
  '/api/submissions/{id}/events': {
    get: {
      summary: 'Live grading events (Server-Sent Events): `status` on each change, `test` as each test finishes, `result` (the whole submission) last; then the stream ends',
      tag: 'submissions',
      auth: true,
      produces: 'text/event-stream',
      params: { id: 'The submission id' },
      responses: { 200: { description: 'An event stream' }, 401: { description: 'Not signed in' }, 404: { description: "No such submission of the caller's" } },
    },
  },
  '/api/me/progress': {
    get: {
      summary: 'Solved assignments, points, coverage by difficulty and topic, and the streak',
      tag: 'progress',
      auth: true,
      responses: { 200: { description: 'Progress', schema: ProgressResponse }, 401: { description: 'Not signed in' } },
    },
  },
  '/api/leaderboard': {
    get: {
      summary: 'Top users by points',
      tag: 'progress',
      query: { board: '`points` (default), or `rating` / `season`: battle ratings and this season\'s battle points, which NGINX routes to the battle servers', limit: 'At most this many (1–100, default 50)' },
      responses: { 200: { description: 'The leaderboard', schema: LeaderboardResponse } },
    },
  },
  '/api/battles': {
    get: {
      summary: "The signed-in player's battles, newest first (open challenges included)",
      tag: 'battles',
      auth: true,
      servedBy: 'battle-api',
      responses: { 200: { description: 'Their battles', schema: MyBattles }, 401: { description: 'Not signed in' } },
    },
    post: {
      summary: 'Challenge a player to a 1v1 battle (served by the battle servers)',
      tag: 'battles',
      auth: true,
      servedBy: 'battle-api',
      body: CreateBattleRequest,
      responses: {
        201: { description: 'Invited', schema: BattleCreated },
        400: { description: 'Invalid input, or yourself as the opponent' },
        401: { description: 'Not signed in' },
        404: { description: 'No such user or assignment' },
        409: { description: 'The pair already has an open battle (battleId names it)' },
      },
    },
  },
  '/api/battles/queue': {
    post: {
      summary: 'Join matchmaking: 1v1 pairs close ratings (a window that widens with waiting); group starts 3–8 players after a short fill window. match:found { battleId } arrives on the socket',
      tag: 'battles',
      auth: true,
      servedBy: 'battle-api',
      body: QueueRequest,
      responses: {
        202: { description: 'Queued; re-queuing returns the same ticket', schema: QueueTicket },
        400: { description: 'Invalid mode or language' },
        401: { description: 'Not signed in' },
        403: { description: 'Cross-site request' },
        409: { description: 'Already playing a running battle (battleId names it)' },
      },
    },
    delete: {
      summary: 'Leave matchmaking (also when not queued)',
      tag: 'battles',
      auth: true,
      servedBy: 'battle-api',
      responses: { 204: { description: 'Not queued any more' }, 401: { description: 'Not signed in' }, 403: { description: 'Cross-site request' } },
    },
  },
  '/api/battles/{id}/start': {
    post: {
      summary: "Start the battle: the challenged player's call accepts a challenge; once every player is present (accepted, or joined the room over the socket) either player, any number of times, on any instance, starts it once",
      tag: 'battles',
      auth: true,
      servedBy: 'battle-api',
      params: { id: 'The battle id' },
      responses: {
        200: { description: 'Running (the same answer for every caller)', schema: BattleStarted },
        401: { description: 'Not signed in' },
        403: { description: 'Not a player of this battle' },
        404: { description: 'No such battle' },
        409: { description: 'Finished or cancelled; or (type …/not-accepted) the challenged player has not accepted yet' },
        503: { description: 'Being started elsewhere; retry' },
      },
    },
  },
  '/api/battles/online': {
    get: {
      summary: 'Players with a battle socket open now, on any battle server, best rated first',
      tag: 'battles',
      auth: true,
      servedBy: 'battle-api',
      responses: { 200: { description: 'Who is online', schema: OnlinePlayers }, 401: { description: 'Not signed in' } },
    },
  },
  '/api/battles/{id}': {
    get: {
      summary: 'The battle: status, players with rating, progress, presence and forfeits, winner, times (endsAt moves later by a pause; pausedAt while grading is unavailable)',
      tag: 'battles',
      auth: true,
      servedBy: 'battle-api',
      params: { id: 'The battle id' },
      responses: { 200: { description: 'The battle', schema: BattleState }, 401: { description: 'Not signed in' }, 403: { description: 'Not a player of this battle' }, 404: { description: 'No such battle' } },
    },
    delete: {
      summary: 'Decline (the challenged) or withdraw (the challenger) a challenge not yet started',
      tag: 'battles',
      auth: true,
      servedBy: 'battle-api',
      params: { id: 'The battle id' },
      responses: {
        204: { description: 'Cancelled' },
        401: { description: 'Not signed in' },
        403: { description: 'Not a player of this battle, or a cross-site request' },
        404: { description: 'No such battle' },
        409: { description: 'Already started, finished or cancelled' },
      },
    },
  },
  '/api/battles/{id}/submissions': {
    post: {
      summary: "Submit code in a running battle: graded by POST /api/submissions (no regrading of known code); progress and the end arrive on the socket",
      tag: 'battles',
      auth: true,
      servedBy: 'battle-api',
      params: { id: 'The battle id' },
      body: BattleSubmissionRequest,
      responses: {
        202: { description: 'Taken; the id is the submission (GET /api/submissions/{id})', schema: BattleSubmissionAccepted },
        400: { description: 'Invalid input (code with a NUL byte included), or a language the assignment does not offer' },
        401: { description: 'Not signed in' },
        403: { description: 'Not a player of this battle' },
        404: { description: 'No such battle' },
        409: { description: 'The battle is not running or its time is up' },
        413: { description: 'Code over 64 KiB' },
        429: { description: 'Over the submission rate limit' },
        503: { description: 'Grading unavailable' },
      },
    },
  },
  '/api/battles/leaderboard': {
    get: {
      summary: "Top players by battle rating (OpenSkill, shown as the conservative mu - 3 sigma), or by this season's points (a calendar month, UTC)",
      tag: 'battles',
      servedBy: 'battle-api',
      query: { board: '`rating` (default) or `season`', limit: 'At most this many (1–100, default 20)' },
      responses: { 200: { description: 'The board; every item has both rating and season points', schema: RatingLeaderboard }, 400: { description: 'Invalid board or limit' } },
    },
  },
  '/api/openapi.json': {
    get: { summary: 'This document', tag: 'meta', responses: { 200: { description: 'OpenAPI 3.1 document' } } },
  },
};

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });

export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [path, methods] of Object.entries(OPERATIONS)) {
    paths[path] = {};
    for (const [method, op] of Object.entries(methods)) {
      const responses = Object.fromEntries(
        Object.entries(op.responses).map(([status, response]) => {
          const isProblem = Number(status) >= 400;
          const schema = response.schema ?? (isProblem ? Problem : undefined);
          const mediaType = isProblem ? 'application/problem+json' : (op.produces ?? 'application/json');
          return [status, { description: response.description, ...(schema ? { content: { [mediaType]: { schema: jsonSchema(schema, 'output') } } } : {}) }];
        }),
      );
      paths[path][method] = {
        summary: op.summary,
        tags: [op.tag],
        ...(op.auth ? { security: [{ session: [] }] } : {}),
        ...(op.params || op.query
          ? {
              parameters: [
                ...Object.entries(op.params ?? {}).map(([name, description]) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } })),
                ...Object.entries(op.query ?? {}).map(([name, description]) => ({ name, in: 'query', required: false, description, schema: { type: 'string' } })),
              ],
            }
          : {}),
        ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(op.body, 'input') } } } } : {}),
        responses,
      };
    }
  }
  return {
    openapi: '3.1.0',
    info: { title: 'EduScale public API', version: '1.0.0', description: 'The public HTTP contract, served through NGINX on one origin.' },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'eduscale_session' } } },
    paths,
  };
}

/** Documented programming-api routes as Hono paths, for checking the document against the app. */
export const documentedRoutes = () =>
  Object.entries(OPERATIONS).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([, op]) => !op.servedBy)
      .map(([method]) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
  );
