import { randomBytes } from 'node:crypto';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const PASSWORD = 'correct-horse-42';

// What a browser sends on same-origin writes; the API's CSRF check wants it from scripts too.
const ORIGIN = new URL(process.env.EDUSCALE_URL ?? 'http://localhost').origin;

/** A username no other test (or earlier run against the same database) has taken. */
export function uniqueUsername(prefix = 'e2e'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}`;
}

/**
 * Registers through the API with the page's cookie jar, so the page is signed in after it.
 * The Origin header is what a browser would send; the API's CSRF check wants it.
 */
export async function registerByApi(page: Page, username = uniqueUsername()): Promise<string> {
  const response = await page.request.post('/api/auth/register', {
    data: { username, password: PASSWORD },
    headers: { origin: ORIGIN },
  });
  expect(response.status(), await response.text()).toBe(201);
  return username;
}

/** Submits through the API and waits for the grader's verdict (the SSE-free way, for set-up). */
export async function submitByApi(request: APIRequestContext, body: { assignment: string; language: string; code: string }): Promise<string> {
  const created = await request.post('/api/submissions', { data: body, headers: { origin: ORIGIN } });
  expect(created.ok(), await created.text()).toBe(true);
  const { id } = (await created.json()) as { id: string };
  for (let attempt = 0; attempt < 120; attempt++) {
    const current = (await (await request.get(`/api/submissions/${id}`)).json()) as { status: string; verdict: string | null };
    if (current.status === 'done') return current.verdict ?? 'unknown';
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`submission ${id} was not graded within 30 s`);
}
