import { createRoute } from '@hono/zod-openapi';
import { AuthResponse, Credentials, MeResponse } from '../accounts.ts';
import { crossSite, jsonRequest, jsonResponse, problem, signedIn, unauthenticated } from './responses.ts';

const tags = ['accounts'];
const rateLimited = problem('Rate limited (Retry-After says when to retry)');

export const accountRoutes = {
  register: createRoute({
    method: 'post',
    path: '/auth/register',
    tags,
    summary: 'Create an account and sign in',
    request: { body: jsonRequest(Credentials) },
    responses: {
      201: jsonResponse(AuthResponse, 'Created; sets the session cookie'),
      400: problem('Invalid input'),
      403: crossSite,
      409: problem('Username taken'),
      413: problem('Body over 4 KiB'),
      415: problem('Not sent as application/json'),
      429: rateLimited,
    },
  }),
  login: createRoute({
    method: 'post',
    path: '/auth/login',
    tags,
    summary: 'Sign in',
    request: { body: jsonRequest(Credentials) },
    responses: {
      200: jsonResponse(AuthResponse, 'Signed in; sets the session cookie'),
      400: problem('Invalid input'),
      401: problem('Wrong username or password (the same answer for an unknown user)'),
      403: crossSite,
      429: rateLimited,
    },
  }),
  logout: createRoute({
    method: 'post',
    path: '/auth/logout',
    tags,
    summary: 'Sign out',
    responses: { 204: { description: 'Signed out; the cookie is cleared' }, 403: crossSite },
  }),
  session: createRoute({
    method: 'get',
    path: '/auth/session',
    tags,
    security: signedIn,
    summary: 'Whether the caller is signed in (NGINX asks this before passing a request to another service, with X-Original-Method)',
    responses: { 204: { description: 'Signed in; X-User-Id and X-User-Name name the user' }, 401: unauthenticated, 403: problem('A state-changing original request from another site') },
  }),
  me: createRoute({
    method: 'get',
    path: '/me',
    tags,
    security: signedIn,
    summary: 'The signed-in user and their points',
    responses: { 200: jsonResponse(MeResponse, 'The user'), 401: unauthenticated },
  }),
};
