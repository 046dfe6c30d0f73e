import { expect, test } from '@playwright/test';

test.describe('the theme toggle', () => {
  test.use({ colorScheme: 'light' });

  test('keeps the dark-mode choice across reloads and pages', async ({ page }) => {
    await page.goto('/');
    const html = page.locator('html');
    await expect(html).not.toHaveClass(/dark/);

    await page.getByRole('button', { name: 'Toggle dark mode' }).click();
    await expect(html).toHaveClass(/dark/);

    await page.reload();
    await expect(html).toHaveClass(/dark/);
    await page.goto('/assignments');
    await expect(html).toHaveClass(/dark/);

    await page.getByRole('button', { name: 'Toggle dark mode' }).click();
    await page.reload();
    await expect(html).not.toHaveClass(/dark/);
  });

  test.describe('with a dark system preference', () => {
    test.use({ colorScheme: 'dark' });

    test('starts dark until the learner chooses', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('html')).toHaveClass(/dark/);
    });
  });
});
