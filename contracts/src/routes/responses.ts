import type { z } from 'zod';
import { PROBLEM_CONTENT_TYPE, Problem } from '../problem.ts';

/** The pieces every route definition is made of, so each reads as its method, path, input and answers. */

export const jsonRequest = <T extends z.ZodType>(schema: T) => ({ required: true, content: { 'application/json': { schema } } }) as const;

export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

// One component in the document, referred to by every error response.
const ProblemComponent = Problem.meta({ id: 'Problem' });

/** Errors are thrown and written by each service's `onError`; described here so clients know the shape. */
export const problem = (description: string) => ({ description, content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemComponent } } });

/** The session cookie, named `session` in the document's security schemes. */
export const signedIn = [{ session: [] }];

export const unauthenticated = problem('Not signed in');
export const crossSite = problem('Cross-site request');
