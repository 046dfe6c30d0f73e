import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Answer, AnswerRequest, AssessmentList, Attempt, AttemptEventRequest, AttemptFinished, AttemptId, AttemptList, QuestionId, Report, StartAttemptRequest } from '../assessments.ts';
import { crossSite, jsonRequest, jsonResponse, problem, signedIn, unauthenticated } from './responses.ts';

const tags = ['assessments'];
const AttemptParams = z.object({ id: AttemptId.meta({ description: 'The attempt id' }) });
const AnswerParams = AttemptParams.extend({ question: QuestionId.meta({ description: 'The question id within the attempt ("q1"…)' }) });
const noSuchAttempt = problem("No such attempt of the caller's");
const ended = problem('The attempt has ended (finished, or past its deadline)');

/** Mock assessments (API.md, "Mock assessments"): every route needs a session; an attempt is its learner's alone. */
export const assessmentRoutes = {
  list: createRoute({
    method: 'get',
    path: '/assessments',
    tags,
    security: signedIn,
    summary: 'The mock assessment templates, with the caller’s attempts, best percent, cooldown and active attempt',
    responses: { 200: jsonResponse(AssessmentList, 'The templates'), 401: unauthenticated },
  }),
  attempts: createRoute({
    method: 'get',
    path: '/assessments/attempts',
    tags,
    security: signedIn,
    summary: 'The caller’s attempts of every template, newest first',
    responses: { 200: jsonResponse(AttemptList, 'The attempts'), 401: unauthenticated },
  }),
  start: createRoute({
    method: 'post',
    path: '/assessments',
    tags,
    security: signedIn,
    summary: 'Start an attempt: its questions are drawn once and frozen; the clock starts now',
    request: { body: jsonRequest(StartAttemptRequest) },
    responses: {
      201: jsonResponse(Attempt, 'The attempt'),
      400: problem('Invalid input'),
      401: unauthenticated,
      403: crossSite,
      404: problem('No such template'),
      409: problem('An attempt is already in progress (`attempt` names it)'),
      429: problem('The template’s retake cooldown has not passed (Retry-After says when)'),
    },
  }),
  get: createRoute({
    method: 'get',
    path: '/assessments/{id}',
    tags,
    security: signedIn,
    summary: 'An attempt with its answers so far, to resume it (never the answer key)',
    request: { params: AttemptParams },
    responses: { 200: jsonResponse(Attempt, 'The attempt'), 400: problem('Not an attempt id'), 401: unauthenticated, 404: noSuchAttempt },
  }),
  answer: createRoute({
    method: 'put',
    path: '/assessments/{id}/answers/{question}',
    tags,
    security: signedIn,
    summary: 'Answer a question (again: the newest answer stands); a coding answer is graded through the grading queue',
    request: { params: AnswerParams, body: jsonRequest(AnswerRequest) },
    responses: {
      200: jsonResponse(Answer, 'The answer as saved; a coding answer names its submission'),
      400: problem('A body that does not fit the question'),
      401: unauthenticated,
      403: crossSite,
      404: problem('No such attempt of the caller’s, or no such question in it'),
      409: ended,
      413: problem('Code over 64 KiB'),
      429: problem('Over the submission rate limit (coding answers)'),
    },
  }),
  event: createRoute({
    method: 'post',
    path: '/assessments/{id}/events',
    tags,
    security: signedIn,
    summary: 'Record what the page saw: a question opened, the page blurred or focused, a paste (time per question, integrity)',
    request: { params: AttemptParams, body: jsonRequest(AttemptEventRequest) },
    responses: {
      204: { description: 'Recorded' },
      400: problem('Invalid input'),
      401: unauthenticated,
      403: crossSite,
      404: problem('No such attempt of the caller’s, or no such question in it'),
      409: ended,
      429: problem('The attempt holds as many events as it keeps'),
    },
  }),
  finish: createRoute({
    method: 'post',
    path: '/assessments/{id}/finish',
    tags,
    security: signedIn,
    summary: 'Finish the attempt now (finishing one already finished changes nothing)',
    request: { params: AttemptParams },
    responses: { 200: jsonResponse(AttemptFinished, 'Finished'), 400: problem('Not an attempt id'), 401: unauthenticated, 403: crossSite, 404: noSuchAttempt },
  }),
  report: createRoute({
    method: 'get',
    path: '/assessments/{id}/report',
    tags,
    security: signedIn,
    summary: 'The report of a finished attempt: score, percentile, per question and topic, feedback, recommendations, history',
    request: { params: AttemptParams },
    responses: { 200: jsonResponse(Report, 'The report'), 400: problem('Not an attempt id'), 401: unauthenticated, 404: noSuchAttempt, 409: problem('The attempt is still in progress') },
  }),
};
