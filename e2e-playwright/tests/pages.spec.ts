import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type Response } from '@playwright/test';
import { test } from '../support/learner.ts';
import { APP_PAGES, openAppPage, PHONE, type AppPage } from '../support/pages.ts';
import { registerByApi } from '../support/users.ts';

// The checks below are generated from this list: were it empty, they would pass by not existing.
if (APP_PAGES.length === 0) throw new Error('support/pages.ts lists no pages');

// One page load and one check per test, none depending on another: both workers share them,
// and a slow machine makes each test slower, never one test longer by the number of pages.
test.describe.configure({ mode: 'parallel' });

async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
  const { violations, passes } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(passes.length, `${label}: axe checked nothing`).toBeGreaterThan(0);
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  expect(report, `${label}\n${report.join('\n')}`).toEqual([]);
}

/** The page meant, as the viewer meant: not a redirect to sign-in or an error page, which pass any check just as well. */
async function expectShown(page: Page, appPage: AppPage, response: Response | null, viewer: string | null): Promise<void> {
  expect(new URL(page.url()).pathname).toBe(appPage.path);
  expect(response?.status()).toBe(appPage.status ?? 200);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const banner = page.getByRole('banner');
  if (viewer) await expect(banner).toContainText(viewer);
  else await expect(banner.getByRole('link', { name: 'Sign in', exact: true })).toBeVisible();
}

for (const appPage of APP_PAGES) {
  // Sign-in and register pages redirect a signed-in learner, so those are seen signed out.
  test.describe(`${appPage.path}, ${appPage.signedIn ? 'signed in' : 'signed out'}`, () => {
    test.use({ signedIn: appPage.signedIn });

    for (const theme of ['light', 'dark'] as const) {
      test.describe(`in the ${theme} theme`, () => {
        test.use({ colorScheme: theme });

        test('has no serious or critical axe violations', async ({ page, learner }) => {
          const response = await openAppPage(page, appPage, { waitReady: true });
          await expectShown(page, appPage, response, appPage.signedIn ? learner.username : null);
          if (theme === 'dark') await expect(page.locator('html')).toHaveClass(/\bdark\b/);
          else await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
          await expectNoSeriousViolations(page, `${appPage.path} (${theme})`);
        });
      });
    }

    test('never scrolls sideways at phone width (375 px)', async ({ page, learner }) => {
      await page.setViewportSize(PHONE);
      const response = await openAppPage(page, appPage, { waitReady: true });
      await expectShown(page, appPage, response, appPage.signedIn ? learner.username : null);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${appPage.path} is ${width}px wide`).toBeLessThanOrEqual(PHONE.width);
    });
  });

  if (appPage.signedIn) {
    test.describe(`${appPage.path}, signed out`, () => {
      test('never scrolls sideways at phone width (375 px)', async ({ page }) => {
        await page.setViewportSize(PHONE);
        await openAppPage(page, appPage, { waitReady: false });
        // Some of these send a visitor to sign in; whichever page they land on must fit.
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `${new URL(page.url()).pathname} is ${width}px wide`).toBeLessThanOrEqual(PHONE.width);
      });
    });
  }
}

test.describe('the workspace of "Add Two Numbers"', () => {
  test.beforeEach(async ({ page }) => {
    // Both tests submit or run code, so their learner is their own, not the shared one.
    await registerByApi(page);
    await page.goto('/assignments/add-two-numbers');
    await expect(page.locator('[data-editor-ready]')).toBeAttached();
  });

  test('has no serious or critical axe violations with run output showing', async ({ page }) => {
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(page.getByTestId('run-result').locator('[data-verdict]')).toBeVisible({ timeout: 45_000 });
    await expectNoSeriousViolations(page, 'run output');
  });

  test('has no serious or critical axe violations with a submission result, and in its history', async ({ page }) => {
    await page.getByRole('button', { name: 'Submit' }).click();
    const result = page.getByTestId('submission-result');
    await expect(result).toHaveAttribute('data-phase', 'done', { timeout: 45_000 });
    await expect(result.locator('[data-verdict]').first()).toBeVisible();
    await expectNoSeriousViolations(page, 'submission result');
    await page.getByRole('tab', { name: 'History' }).click();
    await expect(page.getByTestId('history-row')).not.toHaveCount(0);
    await expectNoSeriousViolations(page, 'history');
  });
});
