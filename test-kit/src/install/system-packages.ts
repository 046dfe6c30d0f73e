import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The Debian packages behind each program the stack runs. */
const SYSTEM_PROGRAMS = {
  postgres: 'postgresql',
  'redis-server': 'redis-server',
  nginx: 'nginx',
  bwrap: 'bubblewrap',
  java: 'default-jre-headless',
  mvn: 'maven',
  // Code insights: the C/C++ linter, and the instruction counter complexity is measured with.
  cppcheck: 'cppcheck',
  valgrind: 'valgrind',
  // The alert rules' checks and unit tests (observability/); the package also brings Prometheus.
  promtool: 'prometheus',
  // The docker sandbox driver's tests: a private engine, and the Debian base its images build on.
  dockerd: 'docker.io',
  debootstrap: 'debootstrap',
} as const;

/** What `OBSERVABILITY=1` runs beside Prometheus; installed only when it is asked for. */
const OBSERVABILITY_PROGRAMS = {
  'prometheus-redis-exporter': 'prometheus-redis-exporter',
  'prometheus-postgres-exporter': 'prometheus-postgres-exporter',
  'prometheus-nginx-exporter': 'prometheus-nginx-exporter',
  'prometheus-blackbox-exporter': 'prometheus-blackbox-exporter',
} as const;

export const OBSERVABILITY_EXTRAS = Object.keys(OBSERVABILITY_PROGRAMS) as (keyof typeof OBSERVABILITY_PROGRAMS)[];

export type SystemProgram = keyof typeof SYSTEM_PROGRAMS | keyof typeof OBSERVABILITY_PROGRAMS | 'chromium';

const PACKAGES: Record<SystemProgram, string> = { ...SYSTEM_PROGRAMS, ...OBSERVABILITY_PROGRAMS, chromium: 'chromium' };

export function findPostgresBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  return versions.map((v) => join(root, v, 'bin')).find((bin) => existsSync(join(bin, 'initdb')));
}

function hasProgram(program: SystemProgram): boolean {
  if (program === 'postgres') return findPostgresBin() !== undefined;
  return spawnSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Installs the missing system packages with apt when running as root; otherwise names them
 * and stops, since nothing else on a Debian machine can install them.
 */
export function ensureSystemPackages(extra: SystemProgram[] = []): void {
  const wanted: SystemProgram[] = [...(Object.keys(SYSTEM_PROGRAMS) as SystemProgram[]), ...extra];
  const missing = wanted.filter((program) => !hasProgram(program));
  if (missing.length === 0) return;
  const packages = missing.map((program) => PACKAGES[program]);
  if (process.getuid?.() !== 0) {
    throw new Error(`missing system packages: ${packages.join(' ')} (install them with: sudo apt-get install -y ${packages.join(' ')})`);
  }
  console.log(`[install] apt-get install ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  // Debian starts the packaged services on install; the stack runs its own instances instead.
  for (const service of ['redis-server', 'nginx', 'postgresql', 'prometheus', 'docker', 'containerd', ...Object.values(OBSERVABILITY_PROGRAMS)]) {
    spawnSync('service', [service, 'stop'], { stdio: 'ignore' });
  }
}
