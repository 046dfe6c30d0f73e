import { test as base, type BrowserContext } from '@playwright/test';
import { registerByApi, submitByApi } from './users.ts';

export interface Learner {
  username: string;
  storageState: Awaited<ReturnType<BrowserContext['storageState']>>;
}

/**
 * `test` with a `signedIn` option: set, the page is signed in as the worker's learner, who has
 * an accepted and a rejected submission so lists and charts have content. The learner is made
 * once per worker, so a check that only reads pages costs one page load, not a registration
 * and two gradings; tests that submit register a learner of their own.
 */
export const test = base.extend<{ signedIn: boolean }, { learner: Learner }>({
  signedIn: [false, { option: true }],
  learner: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
      const username = await registerByApi(await context.newPage());
      await submitByApi(context.request, { assignment: 'add-two-numbers', language: 'python', code: 'a, b = map(int, input().split())\nprint(a + b)\n' });
      await submitByApi(context.request, { assignment: 'two-sum', language: 'python', code: 'print(0)\n' });
      const storageState = await context.storageState();
      await context.close();
      await use({ username, storageState });
    },
    // Two gradings; submitByApi itself gives each 30 s.
    { scope: 'worker', timeout: 90_000 },
  ],
  storageState: async ({ signedIn, learner, storageState }, use) => use(signedIn ? learner.storageState : storageState),
});
