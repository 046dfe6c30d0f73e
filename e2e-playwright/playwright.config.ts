import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests against a running EduScale (EDUSCALE_URL, the NGINX origin). `npm test` and
 * `npm run screenshots` start a throwaway stack and pass its URL; Debian's Chromium drives
 * them, since a browser download is not possible on these machines.
 */
const baseURL = process.env.EDUSCALE_URL;
if (!baseURL) throw new Error('EDUSCALE_URL must point at a running EduScale (npm test sets it)');

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
};

export default defineConfig({
  outputDir: '../test-results/e2e-playwright',
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two cores run the whole stack as well: two browsers at a time is the most that helps.
  workers: 2,
  reporter: [['list']],
  // CI runs once, on a loaded two-core machine. Measured there (2026-12), the longest test that
  // keeps this timeout takes 12 s and the longest wait on a default expect 3 s. A test nearing a
  // fifth of its timeout is doing too much: split it (pages.spec has one test per page and
  // theme) rather than give it more time.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: { baseURL, trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    { name: 'e2e', testDir: './tests', use: chromium },
    { name: 'screenshots', testDir: './screenshots', use: chromium },
    { name: 'measure', testDir: './measure', use: chromium },
  ],
});
