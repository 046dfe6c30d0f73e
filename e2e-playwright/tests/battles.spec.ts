import { expect, test, type Page } from '@playwright/test';
import { freshCode, HALF_RIGHT_ADD_TWO_NUMBERS, newPlayer, recordedProgress, recordProgress } from '../support/battles.ts';
import { referenceSolution } from '../support/demo.ts';
import { chooseLanguage, setEditorCode } from '../support/editor.ts';
import { PHONE, waitForIslands } from '../support/pages.ts';

const ROOM = /\/battles\/[0-9a-f-]{36}$/;

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${new URL(page.url()).pathname} is ${width}px wide`).toBeLessThanOrEqual(PHONE.width);
}

test.describe('a 1v1 battle from a challenge', () => {
  test.setTimeout(180_000);

  test('is played to the end in the browser: the loser watches the winner pass every test live, both see the rating change', async ({ browser }) => {
    // Bob plays on a phone.
    const [ada, bob] = await Promise.all([newPlayer(browser, 'ada'), newPlayer(browser, 'bob', { viewport: PHONE })]);

    await test.step('both open the lobby; ada sees bob online', async () => {
      await bob.page.goto('/battles');
      await waitForIslands(bob.page);
      await ada.page.goto('/battles');
      await waitForIslands(ada.page);
      await expect(ada.page.getByTestId('online-player').filter({ hasText: bob.username })).toBeVisible();
    });

    await test.step('ada challenges bob by username on "Add Two Numbers" and waits in the room', async () => {
      await ada.page.getByLabel('Username').fill(bob.username);
      await ada.page.getByLabel('Assignment').selectOption('add-two-numbers');
      await ada.page.getByRole('button', { name: 'Send challenge' }).click();
      await expect(ada.page).toHaveURL(ROOM);
      await expect(ada.page.getByRole('heading', { name: `Waiting for ${bob.username} to accept` })).toBeVisible();
    });

    await test.step('bob gets the invitation without reloading and accepts it', async () => {
      const invitation = bob.page.getByTestId('challenge-incoming').filter({ hasText: ada.username });
      await expect(invitation).toContainText('Add Two Numbers');
      await expectNoSidewaysScroll(bob.page);
      await invitation.getByRole('button', { name: `Accept ${ada.username}’s challenge` }).click();
      await expect(bob.page).toHaveURL(ada.page.url());
    });

    await test.step('both are in the running battle, with the clock going', async () => {
      for (const { page } of [ada, bob]) {
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add Two Numbers');
        await expect(page.getByRole('timer', { name: 'Time left' })).toHaveText(/\d+:\d\d/);
        await chooseLanguage(page, 'Python');
      }
      await expectNoSidewaysScroll(bob.page);
    });

    await test.step('bob submits a half-right solution; ada watches his bar stop short', async () => {
      await setEditorCode(bob.page, freshCode(HALF_RIGHT_ADD_TWO_NUMBERS, bob.username));
      await bob.page.getByRole('button', { name: 'Submit' }).click();
      const bobOnAdasScreen = ada.page.getByTestId('player-progress').filter({ hasText: bob.username });
      await expect(bobOnAdasScreen).toContainText('Wrong answer', { timeout: 45_000 });
      const passed = Number(await bobOnAdasScreen.getAttribute('data-passed'));
      expect(passed).toBeGreaterThan(0);
      expect(passed).toBeLessThan(Number(await bobOnAdasScreen.getAttribute('data-total')));
      await expect(bob.page.getByTestId('my-submission-status')).toContainText('Wrong answer');
    });

    await test.step('ada submits a correct solution; bob watches her bar fill, test by test, before the result shows', async () => {
      await recordProgress(bob.page, ada.username);
      await setEditorCode(ada.page, freshCode(referenceSolution('add-two-numbers'), ada.username));
      await ada.page.getByRole('button', { name: 'Submit' }).click();
      await expect(bob.page.getByTestId('battle-result')).toBeVisible({ timeout: 45_000 });

      const samples = await recordedProgress(bob.page);
      const beforeResult = samples.filter((sample) => !sample.result);
      expect(beforeResult.some((s) => s.total > 0 && s.passed === s.total), JSON.stringify(samples)).toBe(true);
      expect(beforeResult.some((s) => s.passed > 0 && s.passed < s.total), `some tests passed before all did: ${JSON.stringify(samples)}`).toBe(true);
    });

    await test.step('both see the result, and each rating moving the right way', async () => {
      await expect(ada.page.getByTestId('battle-result')).toHaveAttribute('data-outcome', 'victory');
      await expect(bob.page.getByTestId('battle-result')).toHaveAttribute('data-outcome', 'defeat');
      await expect(bob.page.getByTestId('battle-result')).toContainText(`${ada.username} passed every test first.`);
      for (const { page } of [ada, bob]) {
        for (const [player, direction] of [[ada.username, 1], [bob.username, -1]] as const) {
          const change = page.getByTestId('result-row').filter({ hasText: player }).getByTestId('rating-change');
          await expect(change).toHaveText(/^−?\d+\.\d\s*→\s*−?\d+\.\d\s*[+−±]\d+\.\d$/);
          const before = Number(await change.getAttribute('data-before'));
          const after = Number(await change.getAttribute('data-after'));
          expect(Math.sign(after - before), `${player}: ${before} → ${after}`).toBe(direction);
        }
      }
      await expect(ada.page.getByTestId('result-row').filter({ hasText: ada.username })).toContainText('+10 season points');
      await expectNoSidewaysScroll(bob.page);
    });

    await test.step('a reload keeps the rating change and season points (read from the battle, not the event)', async () => {
      const shown = await bob.page.getByTestId('result-row').filter({ hasText: bob.username }).getByTestId('rating-change').textContent();
      await bob.page.reload();
      const row = bob.page.getByTestId('result-row').filter({ hasText: bob.username });
      await expect(row.getByTestId('rating-change')).toHaveText(shown ?? '');
      await expect(row).toContainText('+2 season points');
    });

    await test.step('the lobby lists the battle among the recent ones, as a victory', async () => {
      await ada.page.getByRole('link', { name: 'Back to the lobby' }).first().click();
      await expect(ada.page.getByTestId('recent-battle').first()).toContainText(bob.username);
      await expect(ada.page.getByTestId('recent-battle').first()).toContainText('Victory');
    });

    await test.step('the rating and season boards list both, in the HTML the server sends', async () => {
      for (const board of ['rating', 'season']) {
        const html = await (await ada.page.request.get(`/battles/leaderboard?board=${board}`)).text();
        expect(html).toContain(ada.username);
        expect(html).toContain(bob.username);
      }
      await ada.page.getByRole('link', { name: 'Rating leaderboard' }).first().click();
      await expect(ada.page.getByTestId('rating-row').filter({ hasText: ada.username })).toBeVisible();
    });
  });
});

test.describe('a group battle from quick match', () => {
  test.setTimeout(120_000);

  test('puts three queued players in one room, and each sees the others pass tests live', async ({ browser }) => {
    const players = await Promise.all([newPlayer(browser, 'ada'), newPlayer(browser, 'bob', { viewport: PHONE }), newPlayer(browser, 'cy')]);
    const [ada, ...others] = players;

    await test.step('all three ask for a group battle and land in the same room after the fill window', async () => {
      for (const [i, { page }] of players.entries()) {
        await page.goto('/battles');
        await waitForIslands(page);
        await page.getByRole('button', { name: 'Find a group battle' }).click();
        // The first two wait for company; the third can complete the group at once, so it may
        // be in the room before its search is ever drawn.
        const searching = page.getByText(/Searching… \(\d+:\d\d\)/);
        if (i < players.length - 1) await expect(searching).toBeVisible();
        else await expect.poll(async () => ROOM.test(page.url()) || (await searching.isVisible())).toBe(true);
      }
      for (const { page } of players) await expect(page).toHaveURL(ROOM, { timeout: 30_000 });
      expect(new Set(players.map(({ page }) => page.url())).size).toBe(1);
      for (const { page } of players) await expect(page.getByTestId('player-progress')).toHaveCount(3);
    });

    await test.step('ada solves it; the other two watch her bar fill', async () => {
      const battle = await (await ada!.page.request.get(`/api/battles/${ada!.page.url().split('/').at(-1)}`)).json();
      await chooseLanguage(ada!.page, 'Python');
      await setEditorCode(ada!.page, freshCode(referenceSolution(battle.assignment), ada!.username));
      await ada!.page.getByRole('button', { name: 'Submit' }).click();
      for (const { page } of others) {
        const adaCard = page.getByTestId('player-progress').filter({ hasText: ada!.username });
        await expect(adaCard).toContainText('Accepted', { timeout: 45_000 });
        // Both missing would read as 0 of 0, "every test" of none.
        const total = Number(await adaCard.getAttribute('data-total'));
        expect(total).toBeGreaterThan(0);
        await expect(adaCard).toHaveAttribute('data-passed', String(total));
      }
      await expectNoSidewaysScroll(others[0]!.page);
    });
  });
});

test.describe('a challenge not taken up', () => {
  test('points to the open battle when sent twice, and shows as called off once declined', async ({ browser }) => {
    const [ada, bob] = await Promise.all([newPlayer(browser, 'ada'), newPlayer(browser, 'bob')]);
    await bob.page.goto('/battles');
    await waitForIslands(bob.page);
    await ada.page.goto('/battles');
    await waitForIslands(ada.page);

    await test.step('ada challenges bob from the list of players online', async () => {
      await ada.page.getByRole('button', { name: `Challenge ${bob.username}` }).click();
      await expect(ada.page).toHaveURL(ROOM);
      await expect(ada.page.getByRole('heading', { name: `Waiting for ${bob.username} to accept` })).toBeVisible();
    });

    await test.step('a second challenge is refused inline, with a link to the open one', async () => {
      const again = await ada.page.context().newPage();
      await again.goto('/battles');
      await waitForIslands(again);
      await again.getByLabel('Username').fill(bob.username);
      await again.getByRole('button', { name: 'Send challenge' }).click();
      const refusal = again.getByRole('alert').filter({ hasText: 'already have an open battle' });
      await expect(refusal.getByRole('link', { name: 'Open that battle' })).toHaveAttribute('href', new URL(ada.page.url()).pathname);
      await again.close();
    });

    await test.step('bob declines; ada, still waiting in the room, sees it called off', async () => {
      const invitation = bob.page.getByTestId('challenge-incoming').filter({ hasText: ada.username });
      await invitation.getByRole('button', { name: `Decline ${ada.username}’s challenge` }).click();
      await expect(invitation).toHaveCount(0);
      await expect(ada.page.getByRole('heading', { name: 'This challenge was called off' })).toBeVisible();
    });
  });
});
