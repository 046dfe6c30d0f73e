/**
 * `npm run screenshots` / `npm run measure:ui`: a throwaway stack, then one Playwright project
 * of e2e-playwright/ against it (screenshots of every page into docs/screenshots/, or the UI's
 * JavaScript weight and time to a usable editor).
 */
import { ensureFlyway, ensureSystemPackages } from './stack/install.ts';
import { runPlaywright } from './stack/playwright.ts';
import { startThrowawayStack } from './stack/throwaway.ts';

const project = process.argv[2];
if (project !== 'screenshots' && project !== 'measure') {
  console.error('usage: node scripts/browser-run.ts screenshots|measure');
  process.exit(2);
}

ensureSystemPackages(['chromium']);
ensureFlyway();
const stack = await startThrowawayStack({ name: project });
let exitCode = 1;
try {
  exitCode = await runPlaywright({ project, url: stack.url });
} finally {
  await stack.finish({ keepLogs: exitCode !== 0 });
}
process.exit(exitCode);
