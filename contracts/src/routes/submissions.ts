import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ProgressResponse, Submission, SubmissionAccepted, SubmissionList, SubmissionListQuery, SubmissionRequest } from '../submissions.ts';
import { crossSite, jsonRequest, jsonResponse, problem, signedIn, unauthenticated } from './responses.ts';

const tags = ['submissions'];
const SubmissionParams = z.object({ id: z.uuid({ message: 'must be a submission id' }).meta({ description: 'The submission id' }) });
const noSuchSubmission = problem("No such submission of the caller's");

export const submissionRoutes = {
  submit: createRoute({
    method: 'post',
    path: '/submissions',
    tags,
    security: signedIn,
    summary: 'Submit code for grading against the hidden tests',
    request: { body: jsonRequest(SubmissionRequest) },
    responses: {
      200: jsonResponse(Submission, 'Identical code was graded before: the stored result, reused: true'),
      202: jsonResponse(SubmissionAccepted, 'New code: queued for grading (follow /events or poll)'),
      400: problem('Invalid input (code with a NUL byte included), or a language the assignment does not offer'),
      401: unauthenticated,
      403: crossSite,
      404: problem('No such assignment'),
      413: problem('Code over 64 KiB'),
      429: problem('Over the rate limit or too many submissions being graded (Retry-After says when to retry)'),
    },
  }),
  list: createRoute({
    method: 'get',
    path: '/submissions',
    tags,
    security: signedIn,
    summary: "The caller's own submissions, newest first",
    request: { query: SubmissionListQuery },
    responses: { 200: jsonResponse(SubmissionList, 'The submissions'), 400: problem('Invalid assignment or limit'), 401: unauthenticated },
  }),
  get: createRoute({
    method: 'get',
    path: '/submissions/{id}',
    tags,
    security: signedIn,
    summary: "One of the caller's submissions; hidden tests show only their verdict, time and memory",
    request: { params: SubmissionParams },
    responses: { 200: jsonResponse(Submission, 'The submission'), 400: problem('Not a submission id'), 401: unauthenticated, 404: noSuchSubmission },
  }),
  events: createRoute({
    method: 'get',
    path: '/submissions/{id}/events',
    tags,
    security: signedIn,
    summary:
      'Live grading events (Server-Sent Events): `status` on each change, `test` as each test finishes, `result` (the whole submission) last; then the stream ends',
    request: { params: SubmissionParams },
    responses: {
      200: { description: 'An event stream; each event’s data is JSON (SUBMISSION_EVENTS)', content: { 'text/event-stream': { schema: z.string() } } },
      400: problem('Not a submission id'),
      401: unauthenticated,
      404: noSuchSubmission,
    },
  }),
};

export const progressRoute = createRoute({
  method: 'get',
  path: '/me/progress',
  tags: ['progress'],
  security: signedIn,
  summary: 'Solved assignments, points, coverage by difficulty and topic, and the streak',
  responses: { 200: jsonResponse(ProgressResponse, 'Progress'), 401: unauthenticated },
});
