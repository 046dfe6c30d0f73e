import { expect, test } from '@playwright/test';
import { chooseLanguage, setEditorCode } from '../support/editor.ts';
import { registerByApi } from '../support/users.ts';

test.describe('a failing submission', () => {
  test.beforeEach(async ({ page }) => {
    await registerByApi(page);
    await page.goto('/assignments/add-two-numbers');
  });

  test('shows a wrong answer with the tests that failed and no points', async ({ page }) => {
    await setEditorCode(page, 'a, b = map(int, input().split())\nprint(a - b)\n');
    await page.keyboard.press('ControlOrMeta+Shift+Enter');

    const panel = page.getByTestId('submission-result');
    await expect(panel).toHaveAttribute('data-phase', 'done', { timeout: 45_000 });
    await expect(panel.locator('[data-verdict]').first()).toHaveText('Wrong answer');
    await expect(panel.locator('[data-testid="test-row"][data-state="failed"]').first()).toContainText('Wrong answer');
    await expect(panel).not.toContainText('points');
    await expect(page.getByRole('tab', { name: 'Submission' })).toHaveAttribute('aria-selected', 'true');
  });

  test('shows a compile error with the compiler output', async ({ page }) => {
    await chooseLanguage(page, 'C');
    await setEditorCode(page, '#include <stdio.h>\nint main(void) {\n    printf("%d\\n", 1 +);\n}\n');
    await page.getByRole('button', { name: 'Submit' }).click();

    const panel = page.getByTestId('submission-result');
    await expect(panel).toHaveAttribute('data-phase', 'done', { timeout: 45_000 });
    await expect(panel.locator('[data-verdict]').first()).toHaveText('Compilation error');
    await expect(panel.getByText('Compiler output')).toBeVisible();
    await expect(panel.locator('pre')).toContainText('error');
  });

  test('shows a compile error on Run too, instead of program output', async ({ page }) => {
    await chooseLanguage(page, 'Go');
    await setEditorCode(page, 'package main\n\nfunc main() {\n\tthis is not go\n}\n');
    await page.getByRole('button', { name: 'Run' }).click();

    const result = page.getByTestId('run-result');
    await expect(result.locator('[data-verdict]')).toHaveText('Compilation error', { timeout: 45_000 });
    await expect(result.getByText('Compiler output')).toBeVisible();
    await expect(result.getByText('Standard output')).toHaveCount(0);
  });
});
