/**
 * `npm run screenshots` / `npm run measure:ui`: a throwaway stack, then one Playwright project
 * of e2e-playwright/ against it (screenshots of every page into docs/screenshots/, or the UI's
 * JavaScript weight and time to a usable editor).
 */
import { runPlaywright } from '@eduscale/test-kit/browser';
import { ensureFlyway, ensureSystemPackages } from '@eduscale/test-kit/install';
import { startThrowawayStack } from '@eduscale/test-kit/stack';

const project = process.argv[2];
if (project !== 'screenshots' && project !== 'measure') {
  console.error('usage: node scripts/browser-run.ts screenshots|measure');
  process.exit(2);
}

ensureSystemPackages(['chromium']);
ensureFlyway();
// The screenshots submit as one demo user (its history, its battles, one accepted workspace per
// theme and device) more often than the per-minute limit a learner gets.
const stack = await startThrowawayStack({ name: project, serviceEnv: { SUBMISSIONS_PER_MINUTE: '1000' } });
let exitCode = 1;
try {
  exitCode = await runPlaywright({ project, url: stack.url });
} finally {
  await stack.finish({ keepLogs: exitCode !== 0 });
}
process.exit(exitCode);
