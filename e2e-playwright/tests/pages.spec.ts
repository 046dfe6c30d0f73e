import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { APP_PAGES, openAppPage, PHONE } from '../support/pages.ts';
import { registerByApi, submitByApi } from '../support/users.ts';

async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  expect(report, `${label}\n${report.join('\n')}`).toEqual([]);
}

test.describe('every page', () => {
  // One learner with an accepted and a rejected submission, so lists and charts have content.
  test.beforeEach(async ({ page }) => {
    await registerByApi(page);
    await submitByApi(page.request, { assignment: 'add-two-numbers', language: 'python', code: 'a, b = map(int, input().split())\nprint(a + b)\n' });
    await submitByApi(page.request, { assignment: 'two-sum', language: 'python', code: 'print(0)\n' });
  });

  test('has no serious or critical axe violations, light and dark', async ({ page, browser }) => {
    // Sign-in and register pages redirect a signed-in learner, so those are seen signed out.
    const anonymous = await (await browser.newContext()).newPage();
    for (const theme of ['light', 'dark'] as const) {
      for (const appPage of APP_PAGES) {
        const viewer = appPage.signedIn ? page : anonymous;
        await viewer.emulateMedia({ colorScheme: theme });
        await openAppPage(viewer, appPage, { waitReady: viewer === page });
        await expectNoSeriousViolations(viewer, `${appPage.path} (${theme})`);
      }
    }
    await anonymous.context().close();
  });

  test('has no serious or critical axe violations in the workspace with results showing', async ({ page }) => {
    await page.goto('/assignments/add-two-numbers');
    await expect(page.locator('[data-editor-ready]')).toBeAttached();
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(page.getByTestId('run-result')).toBeVisible();
    await expectNoSeriousViolations(page, 'run output');
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByTestId('submission-result')).toHaveAttribute('data-phase', 'done', { timeout: 45_000 });
    await expectNoSeriousViolations(page, 'submission result');
    await page.getByRole('tab', { name: 'History' }).click();
    await expectNoSeriousViolations(page, 'history');
  });

  test('never scrolls sideways at phone width (375 px)', async ({ page, browser }) => {
    const anonymous = await (await browser.newContext({ viewport: PHONE })).newPage();
    await page.setViewportSize(PHONE);
    for (const appPage of APP_PAGES) {
      for (const viewer of appPage.signedIn ? [page, anonymous] : [anonymous]) {
        await openAppPage(viewer, appPage, { waitReady: viewer === page });
        const width = await viewer.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `${appPage.path} is ${width}px wide`).toBeLessThanOrEqual(PHONE.width);
      }
    }
    await anonymous.context().close();
  });
});
