import { expect, test } from '@playwright/test';
import { setEditorCode } from '../support/editor.ts';
import { waitForIslands } from '../support/pages.ts';
import { PASSWORD, uniqueUsername } from '../support/users.ts';

// Graded code is deduplicated across users; a comment of its own makes this one graded fresh.
const solution = (username: string) => `# ${username}\na, b = map(int, input().split())\nprint(a + b)\n`;

test.describe('a new learner', () => {
  test('registers, runs and solves "Add Two Numbers", then sees the points and the leaderboard', async ({ page }) => {
    const username = uniqueUsername('learner');

    await test.step('registers through the form', async () => {
      await page.goto('/register');
      await waitForIslands(page);
      await page.getByLabel('Username').fill(username);
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Create account' }).click();
      await expect(page).toHaveURL(/\/assignments$/);
      await expect(page.getByRole('banner')).toContainText(username);
    });

    await test.step('opens "Add Two Numbers"', async () => {
      await page.getByRole('link', { name: 'Add Two Numbers' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add Two Numbers');
    });

    await test.step('runs it on custom input and sees the output', async () => {
      await setEditorCode(page, solution(username));
      await page.getByLabel(/Custom input/).fill('40 2');
      await page.keyboard.press('ControlOrMeta+Enter');
      const result = page.getByTestId('run-result');
      await expect(result).toContainText('Finished');
      await expect(result.getByText('Standard output')).toBeVisible();
      await expect(result.locator('pre').first()).toHaveText('42');
      await expect(result).toContainText(/Time\s+\d+ ms/);
      await expect(result).toContainText(/Memory\s+[\d.]+ (KB|MB)/);
    });

    await test.step('submits and watches each test pass live until "accepted"', async () => {
      // Record every state the results panel goes through, so "live" is checked, not assumed.
      await page.evaluate(() => {
        const seen: { phase: string | null; passed: number; rows: number }[] = [];
        (window as unknown as { seen: typeof seen }).seen = seen;
        new MutationObserver(() => {
          const panel = document.querySelector('[data-testid="submission-result"]');
          if (!panel) return;
          const rows = panel.querySelectorAll('[data-testid="test-row"]');
          const passed = panel.querySelectorAll('[data-testid="test-row"][data-state="passed"]').length;
          seen.push({ phase: panel.getAttribute('data-phase'), passed, rows: rows.length });
        }).observe(document.body, { subtree: true, childList: true, attributes: true });
      });
      await page.getByRole('button', { name: 'Submit' }).click();

      const panel = page.getByTestId('submission-result');
      await expect(panel).toHaveAttribute('data-phase', 'done', { timeout: 45_000 });
      await expect(panel.locator('[data-verdict="accepted"]').first()).toHaveText('Accepted');
      await expect(panel).toContainText('+100 points');
      await expect(page.getByTestId('header-points')).toContainText('100');
      const rows = panel.getByTestId('test-row');
      const total = await rows.count();
      expect(total).toBeGreaterThan(1);
      await expect(panel.locator('[data-testid="test-row"][data-state="passed"]')).toHaveCount(total);

      const seen = await page.evaluate(() => (window as unknown as { seen: { phase: string | null; passed: number }[] }).seen);
      const livePassCounts = new Set(seen.filter((s) => s.phase !== 'done').map((s) => s.passed));
      expect(seen.some((s) => s.phase === 'queued' || s.phase === 'running'), 'grading was shown in progress').toBe(true);
      expect(livePassCounts.size, `passed counts seen before the verdict: ${[...livePassCounts]}`).toBeGreaterThan(1);
    });

    await test.step('sees the points on the dashboard', async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
      await expect(page.getByTestId('stat-points')).toHaveText('100');
      await expect(page.getByTestId('stat-solved')).toContainText(/^1 \//);
      await expect(page.getByTestId('recent-submission').first()).toContainText('Add Two Numbers');
    });

    await test.step('finds their name on the leaderboard', async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leaderboard' }).click();
      const own = page.getByTestId('leaderboard-row').filter({ hasText: username });
      await expect(own).toBeVisible();
      await expect(own).toContainText('100');
      await expect(own).toContainText('You');
    });
  });
});
