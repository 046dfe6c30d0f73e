import { expect, test } from '@playwright/test';
import { chooseLanguage, setEditorCode } from '../support/editor.ts';
import { registerByApi } from '../support/users.ts';

test.describe('the workspace, signed out', () => {
  test('keeps a draft per assignment and language across reloads', async ({ page }) => {
    await page.goto('/assignments/add-two-numbers');
    await chooseLanguage(page, 'Python');
    await setEditorCode(page, '# my python draft\n');
    await chooseLanguage(page, 'JavaScript');
    await setEditorCode(page, '// my javascript draft\n');

    await page.reload();
    // The last language is remembered, with its draft.
    await expect(page.getByRole('textbox', { name: 'JavaScript code editor' })).toContainText('// my javascript draft');
    await chooseLanguage(page, 'Python');
    await expect(page.getByRole('textbox', { name: 'Python code editor' })).toContainText('# my python draft');

    // Another assignment starts from its own starter code.
    await page.goto('/assignments/two-sum');
    await expect(page.locator('[data-editor-ready]')).toBeAttached();
    await expect(page.getByRole('textbox', { name: 'Python code editor' })).not.toContainText('# my python draft');

    // Reset brings the starter code back.
    await page.goto('/assignments/add-two-numbers');
    await expect(page.locator('[data-editor-ready]')).toBeAttached();
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(page.getByRole('textbox', { name: 'Python code editor' })).toContainText('def solve');
  });

  test('asks to sign in before Run and Submit', async ({ page }) => {
    await page.goto('/assignments/add-two-numbers');
    // Seen first, so the missing buttons below are missing from a drawn workspace.
    await expect(page.getByText('Sign in to run and submit your code.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Run' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Submit' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Sign in', exact: true }).last().click();
    await expect(page).toHaveURL(/\/login\?next=%2Fassignments%2Fadd-two-numbers$/);
  });
});

test.describe('the workspace, when the event stream is unavailable', () => {
  test('follows the submission by polling until the verdict', async ({ page }) => {
    const username = await registerByApi(page);
    await page.route('**/api/submissions/*/events', (route) => route.abort());
    await page.goto('/assignments/add-two-numbers');
    await setEditorCode(page, `# ${username}\na, b = map(int, input().split())\nprint(a + b)\n`);
    await page.getByRole('button', { name: 'Submit' }).click();

    const panel = page.getByTestId('submission-result');
    await expect(panel).toHaveAttribute('data-phase', 'done', { timeout: 45_000 });
    await expect(panel.locator('[data-verdict]').first()).toHaveText('Accepted');
    await expect(page.getByRole('tab', { name: 'History' })).toBeVisible();
  });
});

test.describe('the workspace, when grading is unavailable', () => {
  test('says so on Run and on Submit instead of hanging', async ({ page }) => {
    await registerByApi(page);
    const unavailable = {
      status: 503,
      contentType: 'application/problem+json',
      body: JSON.stringify({ type: 'https://eduscale.dev/problems/unavailable', title: 'Grading unavailable', status: 503, detail: 'Grading is paused.' }),
    };
    await page.route('**/api/run', (route) => route.fulfill(unavailable));
    await page.route('**/api/submissions', (route) => (route.request().method() === 'POST' ? route.fulfill(unavailable) : route.fallback()));
    await page.goto('/assignments/add-two-numbers');
    await expect(page.locator('[data-editor-ready]')).toBeAttached();

    await page.getByRole('button', { name: 'Run' }).click();
    await expect(page.getByRole('tabpanel', { name: 'Output' }).getByRole('alert')).toContainText('Grading is paused.');
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByRole('tabpanel', { name: 'Submission' }).getByRole('alert')).toContainText('Grading is paused.');
    await expect(page.getByRole('button', { name: 'Submit' })).toBeEnabled();
  });
});
