import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, type Page } from '@playwright/test';
import { registerByApi } from '../support/users.ts';

const RUNS = 5;
const OUT = join(import.meta.dirname, '..', '..', 'test-results', 'ui-performance.json');

interface Load {
  /** JavaScript for the page itself (framework, islands), gzipped at level 6 as NGINX would. */
  pageKb: number;
  /** JavaScript fetched after the editor's lazy import began: CodeMirror and one grammar. */
  editorKb: number;
  firstContentfulPaintMs: number;
  /** From navigation start until CodeMirror replaced the read-only placeholder. */
  editorReadyMs: number | null;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));

async function measure(page: Page, path: string, waitForEditor: boolean): Promise<Load> {
  const scripts: Promise<{ bytes: number; requestedAt: number }>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(
      response
        .body()
        .catch(() => Buffer.alloc(0))
        .then((body) => ({ bytes: gzipSync(body, { level: 6 }).length, requestedAt: response.request().timing().startTime })),
    );
  });
  await page.goto(path);
  if (waitForEditor) await page.locator('[data-editor-ready]').waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  const marks = await page.evaluate(() => ({
    origin: performance.timeOrigin,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
    editorImport: performance.getEntriesByName('eduscale:editor-import')[0]?.startTime ?? null,
    editorReady: performance.getEntriesByName('eduscale:editor-ready')[0]?.startTime ?? null,
  }));
  const loaded = await Promise.all(scripts);
  const editorFrom = marks.editorImport === null ? Infinity : marks.origin + marks.editorImport;
  const sum = (list: typeof loaded) => kb(list.reduce((total, s) => total + s.bytes, 0));
  return {
    pageKb: sum(loaded.filter((s) => s.requestedAt < editorFrom)),
    editorKb: sum(loaded.filter((s) => s.requestedAt >= editorFrom)),
    firstContentfulPaintMs: Math.round(marks.fcp),
    editorReadyMs: marks.editorReady === null ? null : Math.round(marks.editorReady),
  };
}

test('JavaScript shipped and time to a usable editor', async ({ browser }) => {
  test.setTimeout(180_000);
  const signedIn = await browser.newContext();
  await registerByApi(await signedIn.newPage());

  const results: Record<string, Load> = {};
  for (const [name, path, editor] of [
    ['assignment list', '/assignments', false],
    ['assignment page', '/assignments/add-two-numbers', true],
  ] as const) {
    const runs: Load[] = [];
    for (let run = 0; run < RUNS; run++) {
      // A new context each run: the session's cookies, an empty HTTP cache (a first visit).
      const context = await browser.newContext({ storageState: await signedIn.storageState() });
      runs.push(await measure(await context.newPage(), path, editor));
      await context.close();
    }
    results[name] = {
      pageKb: median(runs.map((r) => r.pageKb)),
      editorKb: median(runs.map((r) => r.editorKb)),
      firstContentfulPaintMs: median(runs.map((r) => r.firstContentfulPaintMs)),
      editorReadyMs: editor ? median(runs.map((r) => r.editorReadyMs ?? Infinity)) : null,
    };
  }
  mkdirSync(join(OUT, '..'), { recursive: true });
  writeFileSync(OUT, JSON.stringify(results, null, 2));
  console.log(`median of ${RUNS} cold loads (JS in KB gzipped, times in ms from navigation start):`);
  console.table(results);
});
