import { expect, test } from '@playwright/test';
import { waitForIslands } from '../support/pages.ts';
import { PASSWORD, registerByApi } from '../support/users.ts';

test.describe('a returning learner', () => {
  test('signs out, is refused a wrong password, and signs in to the dashboard', async ({ page }) => {
    const username = await registerByApi(page);
    await page.goto('/dashboard');
    await waitForIslands(page);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();

    await page.goto('/dashboard');
    await expect(page).toHaveURL(/\/login\?next=%2Fdashboard$/);
    await waitForIslands(page);
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page).toHaveURL(/\/login/);

    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welcome back, ${username}`);
  });
});
