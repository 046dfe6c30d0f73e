import { expect, test, type Page } from '@playwright/test';
import type { Attempt, AttemptQuestion } from '@eduscale/contracts';
import { attemptOf, completeReportOf, countdownSeconds, rightOptions } from '../support/assessments.ts';
import { referenceSolution } from '../support/demo.ts';
import { chooseLanguage, setEditorCode } from '../support/editor.ts';
import { waitForIslands } from '../support/pages.ts';
import { registerByApi } from '../support/users.ts';

const TEMPLATE = 'general-placement';

const panel = (page: Page, question: AttemptQuestion) => page.getByTestId(`question-${question.id}`);
const nav = (page: Page, question: AttemptQuestion) => page.getByTestId(`nav-${question.id}`);

async function answerRightly(page: Page, question: AttemptQuestion): Promise<void> {
  const role = question.multiple ? 'checkbox' : 'radio';
  for (const text of rightOptions(question.title)) await panel(page, question).getByRole(role, { name: text, exact: true }).check();
  await expect(panel(page, question).getByTestId('save-status')).toHaveText('Saved');
}

test.describe('mock assessments', () => {
  test('a learner takes a mock: answers a choice question, solves the coding one in the editor, reloads, finishes and reads a report that matches', async ({ page }) => {
    test.setTimeout(150_000);
    await registerByApi(page);
    let attempt: Attempt;

    await test.step('starts the template from its card', async () => {
      await page.goto('/assessments');
      await waitForIslands(page);
      const card = page.getByTestId(`assessment-${TEMPLATE}`);
      await expect(card.getByRole('heading', { level: 2 })).toBeVisible();
      await card.getByRole('button', { name: 'Start' }).click();
      await page.waitForURL(/\/assessments\/[0-9a-f-]{36}(#q1)?$/);
      attempt = await attemptOf(page.request, new URL(page.url()).pathname.split('/').pop()!);
      expect(attempt.status).toBe('active');
      await expect(page.getByRole('heading', { level: 1, name: attempt.title })).toBeVisible();
      await expect(page.getByTestId('attempt-timer')).toHaveText(/^\d\d:\d\d$/);
    });

    const choice = () => attempt.questions.find((q) => q.kind === 'choice')!;
    const coding = () => attempt.questions.find((q) => q.kind === 'coding')!;

    await test.step('answers the first choice question with its right options', async () => {
      await nav(page, choice()).click();
      await expect(panel(page, choice())).toContainText(choice().title);
      await expect(panel(page, choice())).toContainText(choice().multiple ? 'Choose all that apply' : 'Choose one');
      await answerRightly(page, choice());
      await expect(nav(page, choice())).toHaveAttribute('data-answered', 'true');
      await panel(page, choice()).getByRole('button', { name: /^Flag/ }).click();
      await expect(nav(page, choice())).toHaveAttribute('data-flagged', 'true');
    });

    await test.step('solves the coding question in the editor and sees it accepted', async () => {
      await nav(page, coding()).click();
      await expect(panel(page, coding())).toContainText(coding().title);
      await chooseLanguage(page, 'Python');
      await setEditorCode(page, referenceSolution(coding().assignment!));
      await page.getByRole('button', { name: 'Submit answer' }).click();
      const verdict = page.getByTestId('coding-verdict');
      await expect(verdict).toContainText('Accepted', { timeout: 45_000 });
      await expect(verdict).toContainText(/(\d+) \/ \1 tests passed/);
      await expect(nav(page, coding())).toHaveAttribute('data-answered', 'true');
    });

    await test.step('reloads mid-attempt and finds the answers, flags and clock where they were', async () => {
      const before = countdownSeconds((await page.getByTestId('attempt-timer').textContent()) ?? '');
      await page.reload();
      await waitForIslands(page);
      await expect(panel(page, coding())).toBeVisible();
      await expect(page.getByTestId('coding-verdict')).toContainText('Accepted');
      await expect(nav(page, choice())).toHaveAttribute('data-answered', 'true');
      await expect(nav(page, choice())).toHaveAttribute('data-flagged', 'true');
      await expect(nav(page, coding())).toHaveAttribute('data-answered', 'true');
      const unanswered = attempt.questions.filter((q) => q.id !== choice().id && q.id !== coding().id);
      expect(unanswered.length).toBeGreaterThan(0);
      for (const question of unanswered) await expect(nav(page, question)).toHaveAttribute('data-answered', 'false');
      const after = countdownSeconds((await page.getByTestId('attempt-timer').textContent()) ?? '');
      expect(after).toBeLessThanOrEqual(before);
      expect(after).toBeGreaterThan(0);
      await nav(page, choice()).click();
      for (const text of rightOptions(choice().title)) await expect(panel(page, choice()).getByRole(choice().multiple ? 'checkbox' : 'radio', { name: text, exact: true })).toBeChecked();
    });

    await test.step('finishes through the confirmation and lands on the report', async () => {
      await page.getByRole('button', { name: 'Finish', exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Finish now' }).click();
      await page.waitForURL(`**/assessments/${attempt.id}/report`);
    });

    await test.step('reads a report whose figures match what happened', async () => {
      const report = await completeReportOf(page.request, attempt.id);
      const total = attempt.questions.reduce((sum, q) => sum + q.points, 0);
      const percent = Math.round((100 * (choice().points + coding().points)) / total);
      await page.reload();
      await waitForIslands(page);
      await expect(page.getByTestId('report-percent')).toHaveText(`${percent}%`);
      await expect(page.getByTestId('report-outcome')).toHaveText(percent >= attempt.passingPercent ? 'Passed' : 'Not passed');
      for (const question of attempt.questions) {
        const card = page.getByTestId(`report-question-${question.id}`);
        const earned = question.id === choice().id || question.id === coding().id ? question.points : 0;
        await expect(card.getByTestId('question-score')).toHaveText(`${earned} / ${question.points}`);
      }
      for (const opened of [choice(), coding()]) {
        expect(report.questions.find((q) => q.id === opened.id)!.timeSeconds).toBeGreaterThan(0);
        await expect(page.getByTestId(`report-question-${opened.id}`).getByTestId('question-time')).not.toHaveText(/^0 s$/);
      }
      expect(await page.getByTestId('feedback-item').count()).toBeGreaterThan(0);
    });

    await test.step('the finished attempt’s page now opens its report', async () => {
      await page.goto(`/assessments/${attempt.id}`);
      await page.waitForURL(`**/assessments/${attempt.id}/report`);
    });
  });
});
