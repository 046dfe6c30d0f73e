import {
  AssignmentDetail,
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
  servedBy?: 'grader-api';
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
        400: { description: 'Invalid input, or a language the assignment does not offer' },
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
      query: { board: '`points` (default)', limit: 'At most this many (1–100, default 50)' },
      responses: { 200: { description: 'The leaderboard', schema: LeaderboardResponse } },
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
