import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '../paths.ts';

export const FLYWAY_LIB = join(REPO_ROOT, '.cache', 'flyway', 'lib');
const FLYWAY_POM = fileURLToPath(new URL('pom.xml', import.meta.url));

/** Fetches the Flyway command line from Maven Central once (again only when the pom changes). */
export function ensureFlyway(): void {
  const pomHash = createHash('sha256').update(readFileSync(FLYWAY_POM)).digest('hex');
  const marker = join(FLYWAY_LIB, '.pom-sha256');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === pomHash) return;
  console.log('[install] fetching the Flyway command line with Maven');
  execFileSync(
    'mvn',
    ['-q', '-B', '-f', FLYWAY_POM, 'dependency:copy-dependencies', `-DoutputDirectory=${FLYWAY_LIB}`, '-DincludeScope=compile'],
    { stdio: 'inherit' },
  );
  writeFileSync(marker, pomHash);
}
