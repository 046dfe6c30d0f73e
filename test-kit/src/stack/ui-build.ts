import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../paths.ts';
import type { Supervisor } from '../processes/supervisor.ts';

const UI_DIR = join(REPO_ROOT, 'programming-ui');
const INPUTS = ['src', 'public', 'astro.config.mjs', 'astro.config.ts', 'package.json', '../contracts/src'];
const DIST = join(UI_DIR, 'dist');
const STAMP_FILE = '.source-sha256';

function hashTree(hash: ReturnType<typeof createHash>, path: string): void {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path).sort()) hashTree(hash, join(path, entry));
  } else {
    hash.update(path).update(readFileSync(path));
  }
}

function sourceHash(): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) hashTree(hash, join(UI_DIR, input));
  return hash.digest('hex');
}

/**
 * Builds the UI unless dist/ was built from exactly these sources. The build goes to a folder
 * of its own and is renamed into place, so a UI server already running from dist/ (another
 * stack on this checkout) never sees a half-written build.
 */
export async function buildUiIfStale(supervisor: Supervisor): Promise<void> {
  const hash = sourceHash();
  const stamp = join(DIST, STAMP_FILE);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
  console.log('[programming-ui] building');
  const staging = mkdtempSync(join(UI_DIR, 'dist-staging-'));
  try {
    await supervisor.run({ name: 'ui-build', command: 'npm', args: ['run', 'build', '--silent', '-w', 'programming-ui', '--', '--outDir', staging], cwd: REPO_ROOT });
    writeFileSync(join(staging, STAMP_FILE), hash);
    const previous = `${DIST}-previous-${process.pid}`;
    if (existsSync(DIST)) renameSync(DIST, previous);
    renameSync(staging, DIST);
    rmSync(previous, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
