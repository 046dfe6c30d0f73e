import { randomBytes } from 'node:crypto';
import type { HttpClient } from './http-client.ts';

export interface SignedUpUser {
  username: string;
  password: string;
  /** The Cookie header value that signs this user in. */
  cookie: string;
  id: string;
}

export const uniqueUsername = (prefix = 'user') => `${prefix}_${randomBytes(5).toString('hex')}`;

/** The `name=value` part of the session cookie a response set. */
export function sessionCookie(response: { status: number; headers: Headers }): string {
  const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('eduscale_session='));
  if (!setCookie) throw new Error(`no session cookie in ${response.status} response`);
  return setCookie.split(';', 1)[0] ?? setCookie;
}

/** Registers a fresh user through programming-api's register route, wherever `client` sends it. */
export async function signUpWith(client: HttpClient, prefix?: string): Promise<SignedUpUser> {
  const username = uniqueUsername(prefix);
  const password = 'correct horse battery';
  const response = await client('/api/auth/register', { json: { username, password } });
  if (response.status !== 201) throw new Error(`register failed: ${response.status} ${response.text}`);
  return { username, password, cookie: sessionCookie(response), id: response.body.user.id };
}
