import { expect, test } from '@playwright/test';
import { chooseLanguage, setEditorCode } from '../support/editor.ts';
import { registerByApi } from '../support/users.ts';

// An analysis queues behind every grading of the suite: generous, never tight.
const ANALYSED = { timeout: 150_000 };

const LINEAR_TWO_SUM = `import os
import sys

data = sys.stdin.buffer.read().split()
n, target = int(data[0]), int(data[1])
seen = {}
for j in range(1, n + 1):
    value = int(data[1 + j])
    if target - value in seen:
        print(seen[target - value], j)
        break
    seen.setdefault(value, j)
else:
    print(-1)
`;

// Every pair, smallest j first: right, and far too slow for the largest test.
const BRUTE_FORCE_TWO_SUM_C = `#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n; long long target;
    if (scanf("%d %lld", &n, &target) != 2) return 1;
    long long *a = malloc(sizeof(long long) * (size_t)n);
    for (int k = 0; k < n; k++) scanf("%lld", &a[k]);
    for (int j = 1; j < n; j++)
        for (int i = 0; i < j; i++)
            if (a[i] + a[j] == target) { printf("%d %d\\n", i + 1, j + 1); return 0; }
    printf("-1\\n");
    return 0;
}
`;

test.describe('code insights', () => {
  test("Run puts the linters' findings in the editor's gutter", async ({ page }) => {
    const username = await registerByApi(page);
    await page.goto('/assignments/add-two-numbers');
    await setEditorCode(page, `import os  # ${username}\na, b = map(int, input().split())\nprint(a + b)\n`);
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(page.locator('.cm-gutter-lint .cm-lint-marker').first()).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('.cm-lintRange').first()).toHaveText('os');
  });

  test('Submit shows the measured complexity, the findings and the functions, and a finding moves the editor to its line', async ({ page }) => {
    test.setTimeout(ANALYSED.timeout + 60_000);
    const username = await registerByApi(page);
    await page.goto('/assignments/two-sum');
    await setEditorCode(page, `${LINEAR_TWO_SUM}# ${username}\n`);
    await page.getByRole('button', { name: 'Submit' }).click();
    const result = page.getByTestId('submission-result');
    await expect(result).toHaveAttribute('data-phase', 'done', { timeout: 60_000 });
    await expect(result).toContainText(/accepted/i);

    const insights = result.getByTestId('insights');
    await expect(insights).toHaveAttribute('data-state', 'ready', ANALYSED);
    const badge = insights.getByTestId('complexity-badge');
    await expect(badge).toHaveAttribute('data-detected', 'n');
    await expect(badge).toContainText('expected O(n)');
    await expect(insights.getByTestId('complexity-chart')).toBeVisible();

    const finding = insights.getByTestId('finding').filter({ hasText: 'F401' });
    await expect(finding).toHaveAttribute('data-line', '1');
    await page.locator('.cm-content').click(); // the cursor somewhere else first
    await page.keyboard.press('Control+End');
    await finding.getByRole('button').first().click();
    await expect(page.locator('.cm-activeLine')).toHaveText('import os');
    await expect(page.locator('.cm-gutter-lint .cm-lint-marker').first()).toBeVisible();
  });

  test('a brute-force solution that runs out of time is measured as O(n²) against the expected O(n), with its chart', async ({ page }) => {
    test.setTimeout(ANALYSED.timeout + 60_000);
    const username = await registerByApi(page);
    await page.goto('/assignments/two-sum');
    await chooseLanguage(page, 'C');
    await setEditorCode(page, `/* ${username} */\n${BRUTE_FORCE_TWO_SUM_C}`);
    await page.getByRole('button', { name: 'Submit' }).click();
    const result = page.getByTestId('submission-result');
    await expect(result).toHaveAttribute('data-phase', 'done', { timeout: 60_000 });
    await expect(result).toContainText(/time limit/i);

    const insights = result.getByTestId('insights');
    await expect(insights).toHaveAttribute('data-state', 'ready', ANALYSED);
    const badge = insights.getByTestId('complexity-badge');
    await expect(badge).toHaveAttribute('data-detected', 'n^2');
    await expect(badge).toHaveAttribute('data-tone', 'warning');
    await expect(badge).toContainText('expected O(n)');
    await expect(insights.getByTestId('complexity-chart')).toBeVisible();
    await expect(insights.getByTestId('complexity-chart').locator('svg circle').first()).toBeAttached();
  });
});
