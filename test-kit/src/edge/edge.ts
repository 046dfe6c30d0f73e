/** The real stack behind NGINX, as `npm test` starts it: for tests about what NGINX does. */
import { requireEnv } from '../env/require-env.ts';
import { signUpWith, type SignedUpUser } from '../http/accounts.ts';
import { httpClient, type TestRequest, type TestResponse } from '../http/http-client.ts';

export const EDGE_URL = requireEnv('EDUSCALE_URL');

export type EdgeResponse = TestResponse;
export type EdgeRequest = TestRequest;

export const edge = httpClient((path, init) => fetch(`${EDGE_URL}${path}`, init));

export const signUp = (prefix?: string): Promise<SignedUpUser> => signUpWith(edge, prefix);
