import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { seedAssessments } from '../support/assessment-answers.ts';
import { battleSubmitByApi, challengeByApi, freshCode, HALF_RIGHT_ADD_TWO_NUMBERS, seedBattles, startByApi } from '../support/battles.ts';
import { DEMO_ROADMAP, DEMO_USER, referenceSolution, seedDemo, signIn } from '../support/demo.ts';
import { setEditorCode } from '../support/editor.ts';
import { APP_PAGES, openAppPage, PHONE, waitForIslands } from '../support/pages.ts';

const OUT = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const DEVICES = { desktop: { width: 1440, height: 900 }, phone: PHONE } as const;
const THEMES = ['light', 'dark'] as const;

test.describe.configure({ mode: 'serial' });
test.setTimeout(480_000);

let assessments: { report: string; active: string };

test.beforeAll(async ({ browser }) => {
  mkdirSync(OUT, { recursive: true });
  // First, while the insights queue is empty: the report's coding answer shows its insights.
  assessments = await seedAssessments(browser, DEMO_USER);
  await seedDemo(browser);
  await seedBattles(browser);
});

async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  // Let transitions and fonts settle; the caret would blink into some pictures and not others.
  await page.evaluate(() => document.fonts.ready);
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; caret-color: transparent !important; }' });
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage });
}

for (const [device, viewport] of Object.entries(DEVICES)) {
  for (const theme of THEMES) {
    test(`every page, ${device}, ${theme}`, async ({ browser }) => {
      const context = await browser.newContext({ viewport, colorScheme: theme, deviceScaleFactor: device === 'phone' ? 2 : 1 });
      const anonymous = await browser.newContext({ viewport, colorScheme: theme, deviceScaleFactor: device === 'phone' ? 2 : 1 });
      await signIn(context.request, DEMO_USER);
      for (const appPage of APP_PAGES) {
        const page = await (appPage.signedIn ? context : anonymous).newPage();
        await openAppPage(page, appPage, { waitReady: true });
        await shoot(page, `${appPage.name}-${theme}-${device}`);
        await page.close();
      }

      // The workspace at its best: a solution graded, every test green.
      const page = await context.newPage();
      await page.goto('/assignments/merge-intervals');
      await setEditorCode(page, `# ${theme} ${device}\n${referenceSolution('merge-intervals')}`);
      await page.getByRole('button', { name: 'Submit' }).click();
      await expect(page.getByTestId('submission-result')).toHaveAttribute('data-phase', 'done', { timeout: 60_000 });
      // The workspace as the learner sees it: one screen, the sticky header above it.
      await page.evaluate(() => {
        const top = document.querySelector('#workspace')?.getBoundingClientRect().top ?? 0;
        const header = document.querySelector('body > header')?.getBoundingClientRect().height ?? 0;
        if (top > innerHeight / 2) scrollBy(0, top - header - 8);
      });
      await shoot(page, `assignment-accepted-${theme}-${device}`, false);
      // Its insights once analysed: the measured complexity, the findings, the functions.
      const insights = page.getByTestId('submission-result').getByTestId('insights');
      await expect(insights).toHaveAttribute('data-state', 'ready', { timeout: 180_000 });
      await insights.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      await shoot(page, `assignment-insights-${theme}-${device}`, false);

      // Inline validation from the API's problem+json.
      const register = await anonymous.newPage();
      await register.goto('/register');
      await waitForIslands(register);
      await register.getByLabel('Username').fill('a!');
      await register.getByLabel('Password', { exact: true }).fill('short');
      await register.getByRole('button', { name: 'Create account' }).click();
      await expect(register.getByRole('alert').or(register.locator('#username-error'))).toBeVisible();
      await shoot(register, `register-errors-${theme}-${device}`);

      await shootRoadmapStep(context, `${theme}-${device}`);
      await shootAssessmentPages(context, `${theme}-${device}`);
      await shootBattlePages(browser, context, `${theme}-${device}`);

      await context.close();
      await anonymous.close();
    });
  }
}

/** A roadmap with the step in progress open: its lesson in the side panel (a sheet on a phone). */
async function shootRoadmapStep(context: BrowserContext, suffix: string): Promise<void> {
  const page = await context.newPage();
  const { nodes } = (await (await page.request.get(`/api/roadmaps/${DEMO_ROADMAP}`)).json()) as { nodes: { id: string; state: string }[] };
  const current = nodes.find((n) => n.state === 'in_progress') ?? nodes.find((n) => n.state === 'available');
  await page.goto(`/roadmaps/${DEMO_ROADMAP}?node=${current?.id ?? ''}`);
  await waitForIslands(page);
  await expect(page.getByTestId('node-panel')).toBeVisible();
  await shoot(page, `roadmap-step-${suffix}`, false);
  await page.close();
}

/** An attempt in progress, and a finished attempt's report on screen and as printed (Save as PDF). */
async function shootAssessmentPages(context: BrowserContext, suffix: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`/assessments/${assessments.active}`);
  await waitForIslands(page);
  await expect(page.getByTestId('attempt-timer')).toBeVisible();
  await shoot(page, `assessment-attempt-${suffix}`, false);
  await page.goto(`/assessments/${assessments.report}/report`);
  await expect(page.getByTestId('report')).toBeVisible();
  await shoot(page, `assessment-report-${suffix}`);
  if (suffix.endsWith('desktop')) {
    await page.emulateMedia({ media: 'print' });
    await shoot(page, `assessment-report-print-${suffix}`);
  }
  await page.close();
}

/** The lobby with players online, a battle under way against a fresh rival, its result, and both rating boards. */
async function shootBattlePages(browser: Browser, context: BrowserContext, suffix: string): Promise<void> {
  const others = await Promise.all(
    ['grace', 'linus'].map(async (name) => {
      const other = await browser.newContext();
      await signIn(other.request, name);
      const page = await other.newPage();
      await page.goto('/battles');
      return other;
    }),
  );
  const lobby = await context.newPage();
  await lobby.goto('/battles');
  await expect(lobby.getByTestId('online-player')).toHaveCount(2);
  await expect(lobby.getByTestId('recent-battle').first()).toBeVisible();
  await shoot(lobby, `battles-lobby-${suffix}`);
  await lobby.close();
  await Promise.all(others.map((other) => other.close()));

  const rivalName = `rival-${suffix}`;
  const rival = await browser.newContext();
  await signIn(rival.request, rivalName);
  const battleId = await challengeByApi(rival.request, { opponent: DEMO_USER, assignment: 'add-two-numbers' });
  // The challenged player's start accepts the challenge and starts the battle (the challenger's alone is refused).
  await startByApi(context.request, battleId);
  const room = await context.newPage();
  await room.goto(`/battles/${battleId}`);
  // The clock shows once the room has joined the battle: from then on its progress arrives live.
  await expect(room.getByRole('timer')).toBeVisible();
  await battleSubmitByApi(rival.request, battleId, freshCode(HALF_RIGHT_ADD_TWO_NUMBERS, rivalName));
  await expect(room.getByTestId('player-progress').filter({ hasText: rivalName })).toContainText('Wrong answer', { timeout: 60_000 });
  await setEditorCode(room, `# ${suffix}\n${referenceSolution('add-two-numbers')}`);
  await room.evaluate(() => scrollTo(0, 0));
  await shoot(room, `battle-room-${suffix}`);
  await room.getByRole('button', { name: 'Submit' }).click();
  await expect(room.getByTestId('battle-result').getByTestId('rating-change').first()).toBeVisible({ timeout: 60_000 });
  await room.evaluate(() => scrollTo(0, 0));
  await shoot(room, `battle-result-${suffix}`);
  await room.close();
  await rival.close();

  for (const board of ['rating', 'season']) {
    const page = await context.newPage();
    await page.goto(`/battles/leaderboard${board === 'season' ? '?board=season' : ''}`);
    await expect(page.getByTestId('rating-row').first()).toBeVisible();
    await shoot(page, `battles-leaderboard-${board}-${suffix}`);
    await page.close();
  }
}
