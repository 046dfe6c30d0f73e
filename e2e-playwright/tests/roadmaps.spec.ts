import { expect, test, type Page } from '@playwright/test';
import type { RoadmapDetail, RoadmapNode } from '@eduscale/contracts';
import { referenceSolution } from '../support/demo.ts';
import { setEditorCode } from '../support/editor.ts';
import { PHONE, waitForIslands } from '../support/pages.ts';
import { markByApi, roadmapOf, unlockByApi } from '../support/roadmaps.ts';
import { registerByApi } from '../support/users.ts';

const SLUG = 'backend-engineer';
const panel = (page: Page) => page.getByTestId('node-panel');

/** A locked topic whose every missing step is an available topic: marking those unlocks it. */
function unlockableTopic(roadmap: RoadmapDetail): { target: RoadmapNode; needs: RoadmapNode[] } {
  const byId = new Map(roadmap.nodes.map((n) => [n.id, n]));
  for (const target of roadmap.nodes) {
    if (target.state !== 'locked' || target.kind !== 'topic' || target.missingAny) continue;
    const needs = target.missing.map((id) => byId.get(id)!);
    if (needs.length > 0 && needs.every((n) => n.kind === 'topic' && n.state === 'available')) return { target, needs };
  }
  throw new Error(`${roadmap.slug} has no locked topic behind available topics only`);
}

async function openNode(page: Page, id: string): Promise<void> {
  await page.goto(`/roadmaps/${SLUG}?node=${id}`);
  await waitForIslands(page);
  await expect(panel(page)).toBeVisible();
}

test.describe('roadmaps', () => {
  test('a guest browses a roadmap: the cards, the graph, a lesson, and an invitation to sign in', async ({ page }) => {
    await page.goto('/roadmaps');
    await expect(page.getByRole('heading', { level: 1, name: 'Roadmaps' })).toBeVisible();
    const { items } = (await (await page.request.get('/api/roadmaps')).json()) as { items: unknown[] };
    expect(items.length).toBeGreaterThanOrEqual(2);
    await expect(page.locator('main a[href^="/roadmaps/"]')).toHaveCount(items.length);
    await page.locator(`a[href="/roadmaps/${SLUG}"]`).click();
    await waitForIslands(page);
    await expect(page.getByTestId('roadmap-graph').locator('.svelte-flow__node-step').first()).toBeVisible();
    const roadmap = await roadmapOf(page.request, SLUG);
    const first = roadmap.nodes.find((n) => n.kind === 'topic' && n.state === 'available')!;
    await page.getByTestId('roadmap-graph').locator(`.svelte-flow__node[data-id="${first.id}"]`).click();
    await expect(panel(page).getByRole('heading', { name: first.title })).toBeVisible();
    await expect(panel(page).getByRole('heading', { name: 'Worked example' })).toBeVisible();
    await expect(panel(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByTestId('next-step')).toContainText(roadmap.next!.title);
  });

  test('a learner enrols, marks topics and watches a step unlock, solves an assignment in the editor, and opens a gated track', async ({ page }) => {
    test.setTimeout(150_000);
    await registerByApi(page);
    const fresh = await roadmapOf(page.request, SLUG);

    await test.step('enrols', async () => {
      await page.goto(`/roadmaps/${SLUG}`);
      await waitForIslands(page);
      await page.getByRole('button', { name: 'Enrol' }).click();
      await expect(page.getByRole('button', { name: 'Leave roadmap' })).toBeVisible();
    });

    await test.step('marks topics done with the keyboard, and the step behind them unlocks', async () => {
      const { target, needs } = unlockableTopic(fresh);
      await openNode(page, target.id);
      await expect(page.getByTestId('node-state')).toContainText('Locked');
      for (const need of needs) {
        await openNode(page, need.id);
        await page.keyboard.press('d');
        await expect(page.getByTestId('node-state')).toHaveText('Done');
      }
      await openNode(page, target.id);
      await expect(page.getByTestId('node-state')).toHaveText('Available');
      await expect(page.getByTestId('roadmap-progress')).toContainText(`${needs.length} of ${fresh.progress.total} steps`);
    });

    await test.step('opens an assignment step, solves it in the editor, and finds it done back on the roadmap', async () => {
      // Follow the suggested next step (topics done through the API) until it is an assignment.
      let ready = await roadmapOf(page.request, SLUG);
      for (let step = 0; ready.next && ready.nodes.find((n) => n.id === ready.next?.id)?.kind !== 'assignment'; step++) {
        expect(step, 'the next step never became an assignment').toBeLessThan(ready.nodes.length);
        await markByApi(page.request, SLUG, ready.next.id, 'done');
        ready = await roadmapOf(page.request, SLUG);
      }
      const assignment = ready.nodes.find((n) => n.id === ready.next?.id)!;
      expect(assignment.ref).toBeTruthy();
      await openNode(page, assignment.id);
      await panel(page).getByRole('link', { name: /Solve it in the editor/ }).click();
      await expect(page).toHaveURL(new RegExp(`/assignments/${assignment.ref}\\?from=`));
      await setEditorCode(page, `# roadmap ${Date.now()}\n${referenceSolution(assignment.ref!)}`);
      await page.getByRole('button', { name: 'Submit' }).click();
      await expect(page.getByTestId('submission-result')).toHaveAttribute('data-phase', 'done', { timeout: 60_000 });
      await expect(page.getByTestId('submission-result')).toContainText(/accepted/i);
      await page.getByRole('link', { name: `Back to ${ready.title}` }).click();
      await waitForIslands(page);
      await expect(page.getByTestId('node-state')).toHaveText('Done');
      const after = await roadmapOf(page.request, SLUG);
      expect(after.nodes.find((n) => n.id === assignment.id)?.state).toBe('done');
      expect(after.next).not.toEqual(ready.next);
      await expect(page.getByTestId('next-step')).toContainText(after.next!.title);
    });

    await test.step('reaches a track’s gate, and the track opens', async () => {
      const track = fresh.tracks[0]!;
      const member = fresh.nodes.find((n) => n.track === track.id && n.requires.includes(track.gate))!;
      await unlockByApi(page.request, SLUG, track.gate);
      const opened = await roadmapOf(page.request, SLUG);
      expect(opened.nodes.find((n) => n.id === track.gate)?.state).toBe('done');
      await openNode(page, member.id);
      await expect(page.getByTestId('node-state')).not.toContainText('Locked');
      await expect(page.getByTestId('roadmap-graph')).toContainText(track.title);
      await expect(page.getByTestId('roadmap-graph')).not.toContainText(`${track.title} · locked`);
    });

    await test.step('finds the roadmap on the dashboard with its next step', async () => {
      await page.goto('/dashboard');
      const card = page.getByRole('region', { name: 'Your roadmaps' });
      await expect(card).toContainText(fresh.title);
      await expect(card).toContainText('Next:');
    });
  });

  test('on a phone, the roadmap is an outline grouped by track, with the step in a sheet', async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await registerByApi(page);
    const roadmap = await roadmapOf(page.request, SLUG);
    await page.goto(`/roadmaps/${SLUG}`);
    await waitForIslands(page);
    const outline = page.getByTestId('roadmap-outline');
    await expect(outline).toBeVisible();
    await expect(page.getByTestId('roadmap-graph')).toHaveCount(0);
    await expect(outline.locator('details')).toHaveCount(1 + roadmap.tracks.length);
    const track = outline.locator('details').nth(1);
    await expect(track).toContainText(roadmap.tracks[0]!.title);
    await track.locator('summary').click();
    const first = roadmap.nodes.find((n) => n.kind === 'topic' && n.state === 'available')!;
    await outline.getByRole('button', { name: new RegExp(first.title) }).first().click();
    await expect(panel(page)).toBeVisible();
    await panel(page).getByRole('button', { name: /Mark done/ }).click();
    await expect(page.getByTestId('node-state')).toHaveText('Done');
    await markByApi(page.request, SLUG, first.id, 'available');
    await page.getByRole('button', { name: 'Close (Esc)' }).click();
    await expect(panel(page)).toHaveCount(0);
    await context.close();
  });
});
