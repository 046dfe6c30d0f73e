import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext, Browser } from '@playwright/test';
import { seedRoadmapProgress } from './roadmaps.ts';
import { PASSWORD, submitByApi } from './users.ts';

const CONTENT = join(import.meta.dirname, '..', '..', 'content', 'assignments');
const ORIGIN = new URL(process.env.EDUSCALE_URL ?? 'http://localhost').origin;

/** The Python reference solution of an assignment, as authors ship it in content/. */
export function referenceSolution(slug: string): string {
  return readFileSync(join(CONTENT, slug, 'solutions', 'main.py'), 'utf8');
}

export async function signIn(request: APIRequestContext, username: string): Promise<void> {
  let response = await request.post('/api/auth/register', { data: { username, password: PASSWORD }, headers: { origin: ORIGIN } });
  if (response.status() === 409) response = await request.post('/api/auth/login', { data: { username, password: PASSWORD }, headers: { origin: ORIGIN } });
  if (!response.ok()) throw new Error(`could not sign in ${username}: ${response.status()} ${await response.text()}`);
}

/**
 * A small, believable community for screenshots: a few learners with points, and `ada`
 * (the one the pictures are taken as) with solved, failed and fresh work.
 */
export const DEMO_USER = 'ada';
export const DEMO_ROADMAP = 'backend-engineer';
const LEARNERS: Record<string, string[]> = {
  grace: ['add-two-numbers', 'two-sum', 'coin-change', 'merge-intervals'],
  linus: ['add-two-numbers', 'valid-anagram', 'number-of-islands'],
  [DEMO_USER]: ['add-two-numbers', 'two-sum', 'reverse-words'],
  margaret: ['two-sum'],
};

export async function seedDemo(browser: Browser): Promise<void> {
  for (const [username, slugs] of Object.entries(LEARNERS)) {
    const context = await browser.newContext();
    await signIn(context.request, username);
    for (const slug of slugs) await submitByApi(context.request, { assignment: slug, language: 'python', code: referenceSolution(slug) });
    if (username === DEMO_USER) {
      await submitByApi(context.request, { assignment: 'coin-change', language: 'python', code: 'print(-1)\n' });
      await seedRoadmapProgress(context.request, DEMO_ROADMAP);
    }
    await context.close();
  }
}
