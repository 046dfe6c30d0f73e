import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, type Page } from '@playwright/test';
import { registerByApi } from '../support/users.ts';

const RUNS = 5;
const OUT = join(import.meta.dirname, '..', '..', 'test-results', 'ui-performance.json');

interface Load {
  /** JavaScript fetched before the page's load event, gzipped (level 6, as NGINX would send it). */
  initialKb: number;
  /** Everything by the end, including chunks loaded lazily (the editor and its grammar). */
  totalKb: number;
  firstContentfulPaintMs: number;
  editorReadyMs: number | null;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(page: Page, path: string, waitForEditor: boolean): Promise<Load> {
  const scripts: { url: string; kb: number; afterLoad: boolean }[] = [];
  let loaded = false;
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const afterLoad = loaded;
    const body = await response.body().catch(() => Buffer.alloc(0));
    scripts.push({ url: response.url(), kb: gzipSync(body, { level: 6 }).length / 1024, afterLoad });
  });
  // Time to a usable editor: from navigation start until CodeMirror replaced the placeholder.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('[data-editor-ready]')) {
        (window as unknown as { editorReadyMs: number }).editorReadyMs = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.goto(path, { waitUntil: 'load' });
  loaded = true;
  if (waitForEditor) await page.locator('[data-editor-ready]').waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  const timings = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
    editor: (window as unknown as { editorReadyMs?: number }).editorReadyMs ?? null,
  }));
  const sum = (list: typeof scripts) => Number(list.reduce((total, s) => total + s.kb, 0).toFixed(1));
  return {
    initialKb: sum(scripts.filter((s) => !s.afterLoad)),
    totalKb: sum(scripts),
    firstContentfulPaintMs: Math.round(timings.fcp),
    editorReadyMs: timings.editor === null ? null : Math.round(timings.editor),
  };
}

test('JavaScript shipped and time to a usable editor', async ({ browser }) => {
  test.setTimeout(180_000);
  const signedIn = await browser.newContext();
  const page = await signedIn.newPage();
  await registerByApi(page);

  const results: Record<string, Load> = {};
  for (const [name, path, editor] of [
    ['assignment list', '/assignments', false],
    ['assignment page', '/assignments/add-two-numbers', true],
  ] as const) {
    const runs: Load[] = [];
    for (let run = 0; run < RUNS; run++) {
      // A fresh page each run with the session's cookies but an empty HTTP cache: a first visit.
      const context = await browser.newContext({ storageState: await signedIn.storageState() });
      runs.push(await measure(await context.newPage(), path, editor));
      await context.close();
    }
    results[name] = {
      initialKb: median(runs.map((r) => r.initialKb)),
      totalKb: median(runs.map((r) => r.totalKb)),
      firstContentfulPaintMs: median(runs.map((r) => r.firstContentfulPaintMs)),
      editorReadyMs: editor ? median(runs.map((r) => r.editorReadyMs ?? Infinity)) : null,
    };
  }
  mkdirSync(join(OUT, '..'), { recursive: true });
  writeFileSync(OUT, JSON.stringify(results, null, 2));
  console.log(`median of ${RUNS} cold loads (JS in KB gzipped, times in ms from navigation start):`);
  console.table(results);
});
