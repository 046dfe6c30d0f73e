import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { Report } from '@eduscale/contracts';
import { answerByApi, completeReportByApi, finishByApi, finishedAttemptByApi, rightAnswer, startAttemptByApi } from '../support/assessment-answers.ts';
import { PHONE, waitForIslands } from '../support/pages.ts';
import { roadmapOf } from '../support/roadmaps.ts';
import { registerByApi } from '../support/users.ts';

// No roadmap holds this one, and it is short: the page and percentile checks use it.
const TEMPLATE = 'general-placement';
// Passing it marks the frontend roadmap's assessment step done.
const ROADMAP_TEMPLATE = { template: 'frontend-fundamentals', roadmap: 'frontend-engineer' };

type Storage = Awaited<ReturnType<BrowserContext['storageState']>>;

/** A new learner in a context of their own, signed in. */
async function learnerContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  await registerByApi(await context.newPage());
  return context;
}

async function openReport(page: Page, id: string): Promise<void> {
  await page.goto(`/assessments/${id}/report`);
  await expect(page.getByTestId('report')).toBeVisible();
}

test.describe('the report of a finished attempt', () => {
  let storageState: Storage;
  let report: Report;

  test.beforeAll(async ({ browser }) => {
    const context = await learnerContext(browser);
    // Every other question right: each kind of card shows a right and a wrong answer.
    ({ report } = await finishedAttemptByApi(context.request, { template: TEMPLATE, right: (_, index) => index % 2 === 0 }));
    storageState = await context.storageState();
    await context.close();
  });

  /** The report, seen by the learner who took it. */
  async function reportPage(browser: Browser, options: { colorScheme?: 'light' | 'dark'; viewport?: typeof PHONE } = {}): Promise<Page> {
    const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, storageState, ...options });
    const page = await context.newPage();
    await openReport(page, report.id);
    return page;
  }

  test('shows the score, the outcome, every question with its score and time, and the feedback', async ({ browser }) => {
    const page = await reportPage(browser);
    await expect(page.getByTestId('report-percent')).toHaveText(`${report.percent}%`);
    await expect(page.getByTestId('report-outcome')).toHaveText(report.passed ? 'Passed' : 'Not passed');
    expect(report.questions.length).toBeGreaterThan(0);
    for (const question of report.questions) {
      const card = page.getByTestId(`report-question-${question.id}`);
      await expect(card.getByTestId('question-score')).toHaveText(`${question.score} / ${question.points}`);
      await expect(card.getByTestId('question-time')).toHaveText(/^\d+ (s|min|h)\b/);
    }
    const choice = report.questions.find((q) => q.kind === 'choice' && q.answer);
    expect(choice, 'an answered choice question').toBeTruthy();
    const card = page.getByTestId(`report-question-${choice!.id}`);
    await expect(card.locator('[data-testid="report-option"][data-correct="true"]')).not.toHaveCount(0);
    await expect(card.locator('[data-testid="report-option"][data-picked="true"]')).toHaveCount(choice!.answer!.choices!.length);
    await expect(page.getByTestId('feedback-item')).toHaveCount(report.feedback.length);
    await page.context().close();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`has no serious or critical axe violations in the ${theme} theme`, async ({ browser }) => {
      const page = await reportPage(browser, { colorScheme: theme });
      if (theme === 'dark') await expect(page.locator('html')).toHaveClass(/\bdark\b/);
      else await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
      const { violations, passes } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(passes.length, 'axe checked nothing').toBeGreaterThan(0);
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)).toEqual([]);
      await page.context().close();
    });
  }

  test('never scrolls sideways at phone width (375 px)', async ({ browser }) => {
    const page = await reportPage(browser, { viewport: PHONE });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `the report is ${width}px wide`).toBeLessThanOrEqual(PHONE.width);
    await page.context().close();
  });

  test('prints in light colours without the header, the footer or buttons, whatever the theme', async ({ browser }) => {
    const page = await reportPage(browser, { colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.context().close();
  });
});

test('an attempt still in progress has no report yet, and its page leads back to it', async ({ page }) => {
  await registerByApi(page);
  const attempt = await startAttemptByApi(page.request, TEMPLATE);
  expect((await page.request.get(`/api/assessments/${attempt.id}/report`)).status()).toBe(409);
  await page.goto(`/assessments/${attempt.id}/report`);
  await expect(page.getByTestId('report-state')).toHaveText('This attempt isn’t finished yet');
  await expect(page.getByRole('link', { name: 'Back to the attempt' })).toHaveAttribute('href', `/assessments/${attempt.id}`);
  await finishByApi(page.request, attempt.id);
});

test('the percentile appears once five other learners have finished the same assessment', async ({ browser }) => {
  test.setTimeout(120_000);
  const first = await learnerContext(browser);
  const { attempt } = await finishedAttemptByApi(first.request, { template: TEMPLATE, right: (_, index) => index < 4 });
  for (let other = 0; other < 5; other++) {
    const context = await learnerContext(browser);
    await finishedAttemptByApi(context.request, { template: TEMPLATE, right: (_, index) => index < other });
    await context.close();
  }
  const report = await completeReportByApi(first.request, attempt.id);
  expect(report.percentile?.among ?? 0).toBeGreaterThanOrEqual(6);

  const page = await first.newPage();
  await openReport(page, attempt.id);
  const text = (await page.getByTestId('report-percentile').textContent()) ?? '';
  // Among the first learner's attempt and the five others (more when other tests took it too).
  expect(Number(/^Better than \d+ % of (\d+) attempts$/.exec(text)?.[1]), text).toBeGreaterThanOrEqual(6);
  await first.close();
});

test('a passed attempt marks its assessment step done on the roadmap', async ({ page }) => {
  test.setTimeout(150_000);
  await registerByApi(page);
  const before = await roadmapOf(page.request, ROADMAP_TEMPLATE.roadmap);
  const step = before.nodes.find((n) => n.kind === 'assessment' && n.ref === ROADMAP_TEMPLATE.template);
  expect(step, `${ROADMAP_TEMPLATE.roadmap} has an assessment step for ${ROADMAP_TEMPLATE.template}`).toBeTruthy();
  expect(step!.state).not.toBe('done');

  await page.goto(`/roadmaps/${ROADMAP_TEMPLATE.roadmap}?node=${step!.id}`);
  await waitForIslands(page);
  await expect(page.getByTestId('node-panel').getByRole('link', { name: 'Take the mock assessment' })).toHaveAttribute('href', `/assessments#${ROADMAP_TEMPLATE.template}`);

  const attempt = await startAttemptByApi(page.request, ROADMAP_TEMPLATE.template);
  expect(attempt.questions.some((q) => q.kind === 'coding')).toBe(true);
  for (const question of attempt.questions) await answerByApi(page.request, attempt.id, question.id, rightAnswer(question));
  await finishByApi(page.request, attempt.id);
  const report = await completeReportByApi(page.request, attempt.id);
  const coding = report.questions.filter((q) => q.kind === 'coding');
  expect(coding.map((q) => q.verdict)).toEqual(coding.map(() => 'accepted'));
  expect(report.percent).toBe(100);
  expect(report.passed).toBe(true);

  await openReport(page, attempt.id);
  await expect(page.getByTestId('report-outcome')).toHaveText('Passed');
  await expect(page.getByTestId(`report-question-${coding[0]!.id}`).locator('[data-verdict="accepted"]')).toBeVisible();

  const after = await roadmapOf(page.request, ROADMAP_TEMPLATE.roadmap);
  expect(after.nodes.find((n) => n.id === step!.id)?.state).toBe('done');
  await page.goto(`/roadmaps/${ROADMAP_TEMPLATE.roadmap}?node=${step!.id}`);
  await waitForIslands(page);
  await expect(page.getByTestId('node-state')).toHaveText('Done');
});
