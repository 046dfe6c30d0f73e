import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, chmodSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import postgres from 'postgres';
import { findPostgresBin } from '../install/system-packages.ts';
import { failOnExit, waitUntil } from '../processes/ports.ts';
import type { Supervisor } from '../processes/supervisor.ts';

export interface PostgresOptions {
  dataDir: string;
  port: number;
  password: string;
  /** Throwaway clusters trade durability for speed. */
  ephemeral: boolean;
}

const SUPERUSER = 'eduscale';
export const DATABASE = 'eduscale';

/** Postgres refuses to run as root; as root we run it as Debian's `postgres` user. */
function serviceUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

export function databaseUrl(options: Pick<PostgresOptions, 'port' | 'password'>): string {
  return `postgres://${SUPERUSER}:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/${DATABASE}`;
}

export async function startPostgres(supervisor: Supervisor, options: PostgresOptions): Promise<string> {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed');
  const user = serviceUser();
  const clusterDir = join(options.dataDir, 'cluster');
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    rmSync(clusterDir, { recursive: true, force: true });
    mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
    const pwFile = join(options.dataDir, '.initdb-password');
    writeFileSync(pwFile, options.password, { mode: 0o600 });
    if (user) execFileSync('chown', ['-R', `${user.uid}:${user.gid}`, options.dataDir]);
    chmodSync(options.dataDir, 0o700);
    await supervisor.run({
      name: 'postgres',
      command: join(bin, 'initdb'),
      args: ['-D', clusterDir, '-U', SUPERUSER, `--pwfile=${pwFile}`, '--auth=scram-sha-256', '-E', 'UTF8', '--locale=C.UTF-8', '--no-instructions', ...(options.ephemeral ? ['--no-sync'] : [])],
      user,
    });
    rmSync(pwFile);
  }
  const durability = options.ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : [];
  const server = supervisor.start({
    name: 'postgres',
    command: join(bin, 'postgres'),
    args: ['-D', clusterDir, '-p', String(options.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200', ...durability],
    user,
    stopSignal: 'SIGINT',
  });
  const url = databaseUrl(options);
  await Promise.race([ensureDatabase(options), failOnExit(server, 'postgres')]);
  return url;
}

async function ensureDatabase(options: PostgresOptions): Promise<void> {
  const admin = postgres(`postgres://${SUPERUSER}:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/postgres`, { max: 1, onnotice: () => {}, connect_timeout: 2 });
  try {
    await waitUntil('postgres', async () => (await admin`select 1 as ok`).length === 1);
    const [existing] = await admin`select 1 from pg_database where datname = ${DATABASE}`;
    if (!existing) await admin.unsafe(`create database ${DATABASE}`);
  } finally {
    await admin.end();
  }
}
