import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../paths.ts';
import type { Supervisor } from '../processes/supervisor.ts';

const UI_DIR = join(REPO_ROOT, 'programming-ui');
const INPUTS = ['src', 'public', 'astro.config.mjs', 'astro.config.ts', 'package.json', '../contracts/src'];
const BUILDS = join(UI_DIR, 'dist-builds');
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
 * The UI built from exactly these sources, in a folder of its own under dist-builds/ named by
 * their hash: a build is never changed or moved once made, so a UI server already running
 * from one (another stack on this checkout, started before a source edit) keeps every chunk it
 * may still import. Builds of other sources are removed once a day old. Returns the folder.
 */
export async function buildUiIfStale(supervisor: Supervisor): Promise<string> {
  const hash = sourceHash();
  const build = join(BUILDS, hash.slice(0, 16));
  if (existsSync(join(build, STAMP_FILE))) return build;
  console.log('[programming-ui] building');
  mkdirSync(BUILDS, { recursive: true });
  const staging = mkdtempSync(join(BUILDS, 'staging-'));
  try {
    await supervisor.run({ name: 'ui-build', command: 'npm', args: ['run', 'build', '--silent', '-w', 'programming-ui', '--', '--outDir', staging], cwd: REPO_ROOT });
    writeFileSync(join(staging, STAMP_FILE), hash);
    try {
      renameSync(staging, build);
    } catch (error) {
      // Another stack built the same sources meanwhile: theirs is as good.
      if (!existsSync(join(build, STAMP_FILE))) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  removeOldBuilds(build);
  return build;
}

function removeOldBuilds(current: string): void {
  const dayAgo = Date.now() - 24 * 3600_000;
  for (const entry of readdirSync(BUILDS)) {
    const path = join(BUILDS, entry);
    if (path !== current && statSync(path).mtimeMs < dayAgo) rmSync(path, { recursive: true, force: true });
  }
}
