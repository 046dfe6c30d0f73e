import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../paths.ts';

const CLI = join(REPO_ROOT, 'node_modules', '@playwright', 'test', 'cli.js');
const CONFIG = join(REPO_ROOT, 'e2e-playwright', 'playwright.config.ts');

/** Runs one Playwright project of e2e-playwright/ against a running stack; resolves to its exit code. */
export function runPlaywright(options: { project: 'e2e' | 'screenshots' | 'measure'; url: string; files?: string[] }): Promise<number> {
  // Files first: --project takes every value after it.
  const args = [CLI, 'test', ...(options.files ?? []), '--config', CONFIG, '--project', options.project];
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: { ...process.env, EDUSCALE_URL: options.url },
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}
