import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
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
} from '../battles.ts';
import { crossSite, jsonRequest, jsonResponse, problem, signedIn, unauthenticated } from './responses.ts';

// Battle ids are not checked here: a malformed one is simply no battle (404), as it always was.
const BattleParams = z.object({ id: z.string().meta({ description: 'The battle id' }) });
const tags = ['battles'];

/** Served by battle-api, under `/api` (NGINX routes `/api/battles*` there). */
export const battleRoutes = {
  list: createRoute({
    method: 'get',
    path: '/battles',
    tags,
    security: signedIn,
    summary: "The signed-in player's battles, newest first (open challenges included)",
    responses: { 200: jsonResponse(MyBattles, 'Their battles'), 401: unauthenticated },
  }),
  online: createRoute({
    method: 'get',
    path: '/battles/online',
    tags,
    security: signedIn,
    summary: 'Players with a battle socket open now, on any battle server, best rated first',
    responses: { 200: jsonResponse(OnlinePlayers, 'Who is online'), 401: unauthenticated },
  }),
  create: createRoute({
    method: 'post',
    path: '/battles',
    tags,
    security: signedIn,
    summary: 'Challenge a player to a 1v1 battle',
    request: { body: jsonRequest(CreateBattleRequest) },
    responses: {
      201: jsonResponse(BattleCreated, 'Invited'),
      400: problem('Invalid input, or yourself as the opponent'),
      401: unauthenticated,
      403: crossSite,
      404: problem('No such user or assignment'),
      409: problem('The pair already has an open battle (battleId names it)'),
    },
  }),
  start: createRoute({
    method: 'post',
    path: '/battles/{id}/start',
    tags,
    security: signedIn,
    summary:
      "Start the battle: the challenged player's call accepts a challenge; once every player is present (accepted, or joined the room over the socket) either player, any number of times, on any instance, starts it once",
    request: { params: BattleParams },
    responses: {
      200: jsonResponse(BattleStarted, 'Running (the same answer for every caller)'),
      401: unauthenticated,
      403: problem('Not a player of this battle, or a cross-site request'),
      404: problem('No such battle'),
      409: problem('Finished or cancelled; or (type …/not-accepted) the challenged player has not accepted yet'),
      503: problem('Being started elsewhere; retry'),
    },
  }),
  submit: createRoute({
    method: 'post',
    path: '/battles/{id}/submissions',
    tags,
    security: signedIn,
    summary: 'Submit code in a running battle: graded by POST /api/submissions (no regrading of known code); progress and the end arrive on the socket',
    request: { params: BattleParams, body: jsonRequest(BattleSubmissionRequest) },
    responses: {
      202: jsonResponse(BattleSubmissionAccepted, 'Taken; the id is the submission (GET /api/submissions/{id})'),
      400: problem('Invalid input (code with a NUL byte included), or a language the assignment does not offer'),
      401: unauthenticated,
      403: problem('Not a player of this battle, or a cross-site request'),
      404: problem('No such battle'),
      409: problem('The battle is not running or its time is up'),
      413: problem('Code over 64 KiB'),
      429: problem('Over the submission rate limit'),
      503: problem('Grading unavailable'),
    },
  }),
  get: createRoute({
    method: 'get',
    path: '/battles/{id}',
    tags,
    security: signedIn,
    summary:
      'The battle: status, players with rating, progress, presence and forfeits, winner, times (endsAt moves later by a pause; pausedAt while grading is unavailable)',
    request: { params: BattleParams },
    responses: { 200: jsonResponse(BattleState, 'The battle'), 401: unauthenticated, 403: problem('Not a player of this battle'), 404: problem('No such battle') },
  }),
  cancel: createRoute({
    method: 'delete',
    path: '/battles/{id}',
    tags,
    security: signedIn,
    summary: 'Decline (the challenged) or withdraw (the challenger) a challenge not yet started',
    request: { params: BattleParams },
    responses: {
      204: { description: 'Cancelled' },
      401: unauthenticated,
      403: problem('Not a player of this battle, or a cross-site request'),
      404: problem('No such battle'),
      409: problem('Already started, finished or cancelled'),
    },
  }),
};

export const matchmakingRoutes = {
  join: createRoute({
    method: 'post',
    path: '/battles/queue',
    tags,
    security: signedIn,
    summary:
      'Join matchmaking: 1v1 pairs close ratings (a window that widens with waiting); group starts 3–8 players after a short fill window. match:found { battleId } arrives on the socket',
    request: { body: jsonRequest(QueueRequest) },
    responses: {
      202: jsonResponse(QueueTicket, 'Queued; re-queuing returns the same ticket'),
      400: problem('Invalid mode or language'),
      401: unauthenticated,
      403: crossSite,
      409: problem('Already playing a running battle (battleId names it)'),
    },
  }),
  leave: createRoute({
    method: 'delete',
    path: '/battles/queue',
    tags,
    security: signedIn,
    summary: 'Leave matchmaking (also when not queued)',
    responses: { 204: { description: 'Not queued any more' }, 401: unauthenticated, 403: crossSite },
  }),
};
