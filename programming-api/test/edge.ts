/** A small client for the real stack behind NGINX, as `npm test` starts it. */
import { randomBytes } from 'node:crypto';

export const EDGE_URL = requireEnv('EDUSCALE_URL');

export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests with \`npm test\`, which starts the stack`);
  return value;
}

export interface EdgeResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON when the body is JSON, else the text. */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests assert on shape
  text: string;
}

export interface EdgeRequest {
  method?: string;
  json?: unknown;
  /** A raw body sent as is (malformed JSON, oversized payloads). */
  body?: string;
  cookie?: string;
  headers?: Record<string, string>;
}

export async function edge(path: string, request: EdgeRequest = {}): Promise<EdgeResponse> {
  const headers: Record<string, string> = { ...request.headers };
  if (request.cookie) headers.cookie = request.cookie;
  if (request.json !== undefined || request.body !== undefined) headers['content-type'] ??= 'application/json';
  const response = await fetch(`${EDGE_URL}${path}`, {
    method: request.method ?? (request.json !== undefined || request.body !== undefined ? 'POST' : 'GET'),
    headers,
    body: request.json !== undefined ? JSON.stringify(request.json) : request.body,
    redirect: 'manual',
  });
  const text = await response.text();
  const isJson = /json/.test(response.headers.get('content-type') ?? '');
  return { status: response.status, headers: response.headers, text, body: isJson && text ? JSON.parse(text) : text };
}

export const uniqueUsername = (prefix = 'user') => `${prefix}_${randomBytes(5).toString('hex')}`;

/** The `name=value` part of the session cookie a response set. */
export function sessionCookie(response: EdgeResponse): string {
  const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('eduscale_session='));
  if (!setCookie) throw new Error(`no session cookie in ${response.status} response`);
  return setCookie.split(';')[0]!;
}

export async function signUp(prefix?: string): Promise<{ username: string; password: string; cookie: string; id: string }> {
  const username = uniqueUsername(prefix);
  const password = 'correct horse battery';
  const response = await edge('/api/auth/register', { json: { username, password } });
  if (response.status !== 201) throw new Error(`register failed: ${response.status} ${response.text}`);
  return { username, password, cookie: sessionCookie(response), id: response.body.user.id };
}
