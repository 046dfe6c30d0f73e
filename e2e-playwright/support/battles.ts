import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { DEMO_USER, referenceSolution, signIn } from './demo.ts';
import { registerByApi, uniqueUsername } from './users.ts';

// What a browser sends on same-origin writes; the battle servers' CSRF check wants it from scripts too.
const ORIGIN = new URL(process.env.EDUSCALE_URL ?? 'http://localhost').origin;

export interface Player {
  username: string;
  page: Page;
}

/** A freshly registered player in a browser context of their own. */
export async function newPlayer(browser: Browser, prefix: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Player> {
  const page = await (await browser.newContext(options)).newPage();
  return { username: await registerByApi(page, uniqueUsername(prefix)), page };
}

/** Graded code is deduplicated across users; a comment of its own gets it graded afresh, test by test. */
export const freshCode = (code: string, tag: string) => `# ${tag}\n${code}`;

/** Scores half the tests of "Add Two Numbers": right whenever both numbers are non-negative. */
export const HALF_RIGHT_ADD_TWO_NUMBERS = 'a, b = map(int, input().split())\nprint(abs(a) + abs(b))\n';

export interface ProgressSample {
  passed: number;
  total: number;
  /** Whether the result panel was showing at that moment. */
  result: boolean;
}

/**
 * Records, inside the page, every change of one player's progress bar and whether the
 * result panel was up at that moment, so "seen live, before the end" is checked, not assumed.
 */
export async function recordProgress(page: Page, username: string): Promise<void> {
  await page.evaluate((name) => {
    const samples: ProgressSample[] = [];
    (window as unknown as { progressSamples: ProgressSample[] }).progressSamples = samples;
    new MutationObserver(() => {
      const bar = document.querySelector(`[data-testid="player-progress"][data-username="${name}"]`);
      if (!bar) return;
      const sample = { passed: Number(bar.getAttribute('data-passed')), total: Number(bar.getAttribute('data-total')), result: document.querySelector('[data-testid="battle-result"]') !== null };
      const last = samples.at(-1);
      if (!last || last.passed !== sample.passed || last.total !== sample.total || last.result !== sample.result) samples.push(sample);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  }, username);
}

export function recordedProgress(page: Page): Promise<ProgressSample[]> {
  return page.evaluate(() => (window as unknown as { progressSamples: ProgressSample[] }).progressSamples);
}

/** A direct challenge through the API, on a chosen assignment; resolves to the battle id. */
export async function challengeByApi(request: APIRequestContext, body: { opponent: string; assignment: string }): Promise<string> {
  const response = await request.post('/api/battles', { data: body, headers: { origin: ORIGIN } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

export async function startByApi(request: APIRequestContext, battleId: string): Promise<void> {
  const response = await request.post(`/api/battles/${battleId}/start`, { headers: { origin: ORIGIN } });
  expect(response.status(), await response.text()).toBe(200);
}

export async function battleSubmitByApi(request: APIRequestContext, battleId: string, code: string): Promise<void> {
  const response = await request.post(`/api/battles/${battleId}/submissions`, { data: { language: 'python', code }, headers: { origin: ORIGIN } });
  expect(response.status(), await response.text()).toBe(202);
}

/** Waits until the battle reaches `status` (a finish is decided by the servers, a moment after the grading). */
export async function waitForBattle(request: APIRequestContext, battleId: string, status: 'running' | 'finished'): Promise<void> {
  await expect
    .poll(async () => ((await (await request.get(`/api/battles/${battleId}`)).json()) as { status: string }).status, { timeout: 60_000 })
    .toBe(status);
}

/**
 * A battle history for the screenshots: `winner` beats `loser` on `assignment`, challenged by
 * the loser, through the API as the browser would do it.
 */
export async function playBattleByApi(input: { winner: APIRequestContext; loser: APIRequestContext; winnerName: string; loserName: string; assignment: string; solution: string }): Promise<void> {
  const battleId = await challengeByApi(input.loser, { opponent: input.winnerName, assignment: input.assignment });
  await startByApi(input.winner, battleId);
  await battleSubmitByApi(input.loser, battleId, freshCode('print(0)\n', `${input.loserName} ${battleId}`));
  await battleSubmitByApi(input.winner, battleId, freshCode(input.solution, `${input.winnerName} ${battleId}`));
  await waitForBattle(input.winner, battleId, 'finished');
}

/**
 * Battles among the demo learners for the screenshots: `ada` won one and lost one, the others
 * have results too, and an invitation from margaret waits in ada's lobby.
 */
export async function seedBattles(browser: Browser): Promise<void> {
  const names = [DEMO_USER, 'grace', 'linus', 'margaret'] as const;
  const contexts = await Promise.all(names.map(() => browser.newContext()));
  const [ada, grace, linus, margaret] = contexts.map((context) => context.request) as [APIRequestContext, APIRequestContext, APIRequestContext, APIRequestContext];
  await Promise.all(contexts.map((context, i) => signIn(context.request, names[i]!)));
  const solved = (slug: string) => ({ assignment: slug, solution: referenceSolution(slug) });
  await playBattleByApi({ winner: ada, loser: grace, winnerName: DEMO_USER, loserName: 'grace', ...solved('two-sum') });
  await playBattleByApi({ winner: linus, loser: ada, winnerName: 'linus', loserName: DEMO_USER, ...solved('valid-anagram') });
  await playBattleByApi({ winner: grace, loser: linus, winnerName: 'grace', loserName: 'linus', ...solved('reverse-words') });
  await challengeByApi(margaret, { opponent: DEMO_USER, assignment: 'merge-intervals' });
  await Promise.all(contexts.map((context) => context.close()));
}
