import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.ts';
import type { Supervisor } from './supervisor.ts';

const UI_DIR = join(REPO_ROOT, 'programming-ui');
const INPUTS = ['src', 'public', 'astro.config.mjs', 'astro.config.ts', 'package.json', '../contracts/src'];
const STAMP = join(UI_DIR, 'dist', '.source-sha256');

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

/** Builds the UI unless dist/ was built from exactly these sources. */
export async function buildUiIfStale(supervisor: Supervisor): Promise<void> {
  const hash = sourceHash();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) return;
  console.log('[programming-ui] building');
  await supervisor.run({ name: 'ui-build', command: 'npm', args: ['run', 'build', '--silent', '-w', 'programming-ui'], cwd: REPO_ROOT });
  writeFileSync(STAMP, hash);
}
