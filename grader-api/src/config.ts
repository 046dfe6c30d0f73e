import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listenPort, logLevel, parseEnv, redisLocation } from '@eduscale/server-kit/config';
import { z } from 'zod';

/**
 * The toolchain caches the sandbox mounts (Go build cache, Rust and Node views). A sandbox sees
 * their host path in /proc/self/mountinfo, so as root they live in the system's cache folder,
 * never in the checkout; without root, in the checkout's .cache/.
 */
export const DEFAULT_CACHE_DIR = process.getuid?.() === 0 ? '/var/cache/eduscale-grader' : fileURLToPath(new URL('../../.cache/grader', import.meta.url));

/** Every variable the grader reads; documented in the README's configuration table. */
const Env = z.object({
  PORT: listenPort(4100),
  /** Loopback by default: NGINX is the only door (compose sets 0.0.0.0 on its own network). */
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: logLevel.default('info'),
  SANDBOX_DRIVER: z.enum(['bubblewrap', 'docker']).default('bubblewrap'),
  GRADER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(availableParallelism()),
  GRADER_WORK_DIR: z.string().optional(),
  GRADER_CACHE_DIR: z.string().default(DEFAULT_CACHE_DIR),
  GRADER_IMAGE: z.string().default('eduscale/grader-image:latest'),
  DOCKER_HOST: z.string().optional(),
  RUN_OUTPUT_BYTES: z.coerce.number().int().min(1024).default(64 * 1024),
  /** A signed-in user's "Run"s in flight at once, across every grader sharing REDIS_URL; more → 429. */
  RUNS_IN_FLIGHT_PER_USER: z.coerce.number().int().min(1).default(4),
  /** Sandboxes one user's code may hold at once on this grader (default: all but one, so others are served at once). */
  SANDBOXES_PER_USER: z.coerce.number().int().min(1).optional(),
  /** Runs waiting for a sandbox beyond this many are refused with 503 rather than queued. */
  MAX_WAITING_RUNS: z.coerce.number().int().min(0).optional(),
  BREAKER_ERROR_PERCENT: z.coerce.number().min(1).max(100).default(50),
  BREAKER_VOLUME: z.coerce.number().int().min(1).default(5),
  BREAKER_RESET_MS: z.coerce.number().int().min(100).default(10_000),
  /** With both set, the grader also takes grading jobs from the queue; without, it serves /run only. */
  DATABASE_URL: z.url().optional(),
  REDIS_URL: redisLocation.optional(),
  /** Tests of one grading run at once (bubblewrap only: docker boxes share one container's limits). */
  GRADING_TEST_PARALLELISM: z.coerce.number().int().min(1).max(16).default(2),
  /** Code insights analysed at once by this grader (linters, complexity): low, so gradings keep the sandboxes; 0 analyses nothing. */
  INSIGHTS_CONCURRENCY: z.coerce.number().int().min(0).max(16).default(1),
  /** A job whose grader stops renewing its lock this long is handed to another grader. */
  GRADING_LOCK_MS: z.coerce.number().int().min(1000).default(10_000),
});

export function parseConfig(env: NodeJS.ProcessEnv) {
  const e = parseEnv(Env, env);
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    redisUrl: e.REDIS_URL,
    runsPerUser: e.RUNS_IN_FLIGHT_PER_USER,
    logLevel: e.LOG_LEVEL,
    concurrency: e.GRADER_CONCURRENCY,
    maxWaitingRuns: e.MAX_WAITING_RUNS ?? e.GRADER_CONCURRENCY * 8,
    runOutputBytes: e.RUN_OUTPUT_BYTES,
    testParallelism: e.SANDBOX_DRIVER === 'docker' ? 1 : Math.min(e.GRADING_TEST_PARALLELISM, e.GRADER_CONCURRENCY),
    sandbox: Object.freeze({
      driver: e.SANDBOX_DRIVER,
      workDir: e.GRADER_WORK_DIR ?? join(tmpdir(), `eduscale-grader-${process.pid}`),
      cacheDir: e.GRADER_CACHE_DIR,
      image: e.GRADER_IMAGE,
      dockerHost: e.DOCKER_HOST,
      sandboxesPerUser: e.SANDBOXES_PER_USER,
    }),
    breaker: Object.freeze({ errorPercent: e.BREAKER_ERROR_PERCENT, volume: e.BREAKER_VOLUME, resetMs: e.BREAKER_RESET_MS }),
    grading:
      e.DATABASE_URL && e.REDIS_URL ? Object.freeze({ databaseUrl: e.DATABASE_URL, redisUrl: e.REDIS_URL, lockMs: e.GRADING_LOCK_MS, insightsConcurrency: e.INSIGHTS_CONCURRENCY }) : undefined,
  });
}

export type Config = ReturnType<typeof parseConfig>;
