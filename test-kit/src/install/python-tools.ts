import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../paths.ts';

export const PYTHON_TOOLS_DIR = join(REPO_ROOT, '.cache', 'python-tools');
const REQUIREMENTS = join(REPO_ROOT, 'grader-api', 'src', 'insights', 'lint', 'python-tools.txt');

/**
 * Installs the grader's pinned Python tools (ruff, lizard) once, again only when the pins change.
 * --no-deps: every package, dependencies included, is pinned in the file. Built beside the target
 * and renamed into place, so a grader never mounts a half-installed folder.
 */
export function ensurePythonTools(): void {
  const pins = readFileSync(REQUIREMENTS);
  const hash = createHash('sha256').update(pins).digest('hex');
  const marker = join(PYTHON_TOOLS_DIR, '.requirements-sha256');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === hash) return;
  console.log('[install] pip install the grader’s Python tools (ruff, lizard)');
  const staging = `${PYTHON_TOOLS_DIR}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  execFileSync(
    'python3',
    ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-deps', '--no-compile', '--only-binary=:all:', '--target', staging, '-r', REQUIREMENTS],
    { stdio: 'inherit', env: { ...process.env, PIP_ROOT_USER_ACTION: 'ignore' } },
  );
  writeFileSync(join(staging, '.requirements-sha256'), hash);
  rmSync(PYTHON_TOOLS_DIR, { recursive: true, force: true });
  renameSync(staging, PYTHON_TOOLS_DIR);
}
