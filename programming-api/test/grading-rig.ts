/**
 * A grading system of a test's own — Postgres, Redis, the API in-process and grader processes
 * — so a test can kill, stop and restart any part of it without disturbing other tests.
 */
import type { ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSql, type Sql } from '@eduscale/server-kit/deps';
import { migrate } from '@eduscale/test-kit/databases';
import { REPO_ROOT } from '@eduscale/test-kit/paths';
import { discardOutput, freePort, Supervisor } from '@eduscale/test-kit/processes';
import { startPostgres, startRedis, startRedisWithSentinels, type SentinelRedis } from '@eduscale/test-kit/servers';
import { readCatalogue } from '../src/catalogue/content.ts';
import { seedCatalogue } from '../src/catalogue/seed.service.ts';
import { createTestApp, type TestApp } from './app-harness.ts';

export interface GradingRig {
  api: TestApp;
  databaseUrl: string;
  redisUrl: string;
  /** With `redis: 'sentinel'`: the primary, replica and sentinels REDIS_URL names (stopRedis and its kin are for a single Redis). */
  sentinel: SentinelRedis | undefined;
  /** A direct connection, for asserting on what was written. */
  sql: Sql;
  startGrader(name: string): ChildProcess;
  /** Stops (SIGTERM, draining) every grader started so far. */
  stopGraders(): Promise<void>;
  stopRedis(): Promise<void>;
  /** Deletes Redis's files while it is stopped: the queue is lost, as after a disk failure. */
  wipeRedisData(): void;
  startRedis(): Promise<void>;
  stopPostgres(): Promise<void>;
  startPostgres(): Promise<void>;
  close(): Promise<void>;
}

export async function startGradingRig(options: { lockMs: number; redis?: 'single' | 'sentinel' }): Promise<GradingRig> {
  const supervisor = new Supervisor(process.env.EDUSCALE_VERBOSE ? process.stderr : discardOutput());
  const dataDir = mkdtempSync(join(tmpdir(), 'eduscale-rig-'));
  chmodSync(dataDir, 0o755); // Postgres runs as its own user and must reach its folder inside.
  const postgresOptions = { dataDir: join(dataDir, 'postgres'), port: await freePort(), password: 'rig-password', ephemeral: true };
  const redisOptions = { dataDir: join(dataDir, 'redis'), port: await freePort(), name: 'rig-redis' };
  const databaseUrl = await startPostgres(supervisor, postgresOptions);
  const sentinel = options.redis === 'sentinel' ? await startRedisWithSentinels(supervisor, { dataDir: join(dataDir, 'redis') }) : undefined;
  const redisUrl = sentinel?.location ?? (await startRedis(supervisor, redisOptions));
  await migrate(supervisor, databaseUrl);
  const sql = createSql(databaseUrl, { max: 2 });
  await seedCatalogue({ sql }, await readCatalogue());
  const api = await createTestApp({
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    SUBMISSIONS_PER_MINUTE: '10000',
    MAX_ACTIVE_SUBMISSIONS: '100',
    RECONCILE_QUIET_SECONDS: '1',
    RECONCILE_INTERVAL_SECONDS: '0.5',
  });

  const graders = new Set<string>();
  return {
    api,
    databaseUrl,
    redisUrl,
    sentinel,
    sql,
    startGrader: (name) => {
      graders.add(name);
      return supervisor.start({
        name,
        command: process.execPath,
        args: ['src/main.ts'],
        cwd: join(REPO_ROOT, 'grader-api'),
        env: { PATH: process.env.PATH, PORT: '0', DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, GRADING_LOCK_MS: String(options.lockMs), GRADER_CONCURRENCY: '2', LOG_LEVEL: 'warn' },
      });
    },
    stopGraders: async () => {
      await Promise.all([...graders].map((name) => supervisor.stop(name)));
      graders.clear();
    },
    stopRedis: () => supervisor.stop(redisOptions.name),
    wipeRedisData: () => rmSync(redisOptions.dataDir, { recursive: true, force: true }),
    startRedis: async () => void (await startRedis(supervisor, redisOptions)),
    stopPostgres: () => supervisor.stop('postgres'),
    startPostgres: async () => void (await startPostgres(supervisor, postgresOptions)),
    async close() {
      await api.close();
      // Bounded: a query left on a connection to a Postgres that was restarted under it never settles.
      await sql.end({ timeout: 5 });
      await supervisor.stopAll();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

