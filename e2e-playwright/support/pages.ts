import { expect, type Page, type Response } from '@playwright/test';

/** Every page of the web app, as the screenshot, layout and accessibility checks visit them. */
export interface AppPage {
  name: string;
  path: string;
  /** Pages that only make sense (or look their best) for a signed-in learner. */
  signedIn: boolean;
  /** Something that shows when the page is fully drawn (islands hydrated, charts drawn). */
  ready?: string;
  /** The HTTP status the page answers with, when it is not 200. */
  status?: number;
}

export const APP_PAGES: AppPage[] = [
  { name: 'landing', path: '/', signedIn: false },
  { name: 'register', path: '/register', signedIn: false },
  { name: 'login', path: '/login', signedIn: false },
  { name: 'roadmaps', path: '/roadmaps', signedIn: true },
  // The graph on a desktop, the outline on a phone.
  { name: 'roadmap', path: '/roadmaps/backend-engineer', signedIn: true, ready: '[data-testid="roadmap-graph"] .svelte-flow__node, [data-testid="roadmap-outline"]' },
  { name: 'assessments', path: '/assessments', signedIn: true, ready: '[data-testid="assessment-general-placement"]' },
  { name: 'assignments', path: '/assignments', signedIn: true },
  { name: 'assignment', path: '/assignments/add-two-numbers', signedIn: true, ready: '[data-editor-ready]' },
  { name: 'dashboard', path: '/dashboard', signedIn: true, ready: '.ct-bar' },
  { name: 'leaderboard', path: '/leaderboard', signedIn: true },
  { name: 'not-found', path: '/no-such-page', signedIn: false, status: 404 },
];

export const PHONE = { width: 375, height: 812 };

/**
 * Opens a page and waits until it is fully drawn. Islands marked client:visible hydrate only
 * once seen, so the page is scrolled through once first.
 */
export async function openAppPage(page: Page, appPage: AppPage, options: { waitReady: boolean }): Promise<Response | null> {
  const response = await page.goto(appPage.path);
  if (!options.waitReady || !appPage.ready) return response;
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    scrollTo(0, 0);
  });
  await expect(page.locator(appPage.ready).first()).toBeAttached();
  return response;
}

/**
 * Waits until the page's eager islands (client:load, client:idle) are live: Astro removes an
 * island's `ssr` attribute once it has hydrated. Before that, a click reaches plain HTML.
 */
export async function waitForIslands(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]:not([client="visible"])')).toHaveCount(0);
}
