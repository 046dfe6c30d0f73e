import { GRADER_HEARTBEAT_KEY } from '@eduscale/contracts';
import { envFlag, parseEnv, serviceConfig, serviceEnv } from '@eduscale/server-kit/config';
import { z } from 'zod';

/** Every variable battle-api reads (with server-kit's serviceEnv: port, host, URLs, log level, origin, proxy trust); documented in battle-api/README.md. */
const Env = serviceEnv(4200).extend({
  /** Prefix of every Redis key and channel battle-api uses (locks, the Socket.IO adapter). */
  REDIS_PREFIX: z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/).default('eduscale'),
  BATTLE_DURATION_SECONDS: z.coerce.number().int().min(1).max(24 * 3600).default(900),
  /** Lifetime of the start lock; it is extended every half TTL while the handler runs. */
  BATTLE_LOCK_TTL_MS: z.coerce.number().int().min(50).default(5_000),
  /** How long a start waits for another instance's lock before answering 503. */
  BATTLE_LOCK_WAIT_MS: z.coerce.number().int().min(0).default(10_000),
  /** Test only: the start handler sleeps this long while holding the lock. */
  BATTLE_START_DELAY_MS: z.coerce.number().int().min(0).default(0),
  /** Test only: serves POST /internal/battles/:id/progress (never routed by NGINX). */
  BATTLE_TEST_HOOKS: envFlag.default(false),
  /** programming-api, which takes battle submissions like any other (its public POST /api/submissions). */
  PROGRAMMING_API_URL: z.url().optional(),
  /** What the local stack gives every service for programming-api; used when PROGRAMMING_API_URL is unset. */
  API_INTERNAL_URL: z.url().optional(),
  PROGRAMMING_API_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** How often each instance looks in Postgres for running battles past their end (a backstop for the deadline jobs). */
  BATTLE_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).default(5_000),
  REDIS_PROBE_INTERVAL_MS: z.coerce.number().int().min(100).default(5_000),
  /** How often each instance tries a matchmaking round (one instance per mode at a time, under a Redis lock). */
  MATCHMAKING_INTERVAL_MS: z.coerce.number().int().min(50).default(500),
  /** 1v1: the rating gap (μ − 3σ) accepted at once, and how much it widens per 5 s the longer waiter has waited. */
  MATCH_WINDOW_BASE: z.coerce.number().min(0).default(5),
  MATCH_WINDOW_GROWTH: z.coerce.number().min(0).default(2.5),
  /** Group: how long the oldest player waits for others before a battle of 3–8 starts. */
  GROUP_FILL_SECONDS: z.coerce.number().min(0).default(10),
  /** How long a player of a running battle may be away (no socket in it) before forfeiting. */
  FORFEIT_GRACE_SECONDS: z.coerce.number().min(0).default(60),
  /** A socket of an instance that died without a word stops counting as present after this. */
  PRESENCE_TTL_SECONDS: z.coerce.number().min(1).default(30),
  /** Where graders write their heartbeats; a grader silent for GRADER_STALE_MS is gone. */
  GRADER_HEARTBEAT_KEY: z.string().min(1).default(GRADER_HEARTBEAT_KEY),
  GRADER_STALE_MS: z.coerce.number().int().min(100).default(10_000),
  /** How often each instance checks whether grading is available (to pause or resume battles). */
  GRADING_WATCH_INTERVAL_MS: z.coerce.number().int().min(50).default(2_000),
  /** A battle paused this long for want of grading is called off as a draw. */
  MAX_PAUSE_SECONDS: z.coerce.number().min(1).default(300),
});

export function parseConfig(env: NodeJS.ProcessEnv) {
  const e = parseEnv(Env, env);
  return Object.freeze({
    ...serviceConfig(e),
    redisPrefix: e.REDIS_PREFIX,
    redisProbeIntervalMs: e.REDIS_PROBE_INTERVAL_MS,
    programmingApi: Object.freeze({ url: e.PROGRAMMING_API_URL ?? e.API_INTERNAL_URL ?? 'http://127.0.0.1:4000', timeoutMs: e.PROGRAMMING_API_TIMEOUT_MS }),
    battles: Object.freeze({
      durationSeconds: e.BATTLE_DURATION_SECONDS,
      lockTtlMs: e.BATTLE_LOCK_TTL_MS,
      lockWaitMs: e.BATTLE_LOCK_WAIT_MS,
      startDelayMs: e.BATTLE_START_DELAY_MS,
      testHooks: e.BATTLE_TEST_HOOKS,
      sweepIntervalMs: e.BATTLE_SWEEP_INTERVAL_MS,
      forfeitGraceMs: e.FORFEIT_GRACE_SECONDS * 1000,
      presenceTtlMs: e.PRESENCE_TTL_SECONDS * 1000,
    }),
    gradingWatch: Object.freeze({
      heartbeatKey: e.GRADER_HEARTBEAT_KEY,
      staleMs: e.GRADER_STALE_MS,
      intervalMs: e.GRADING_WATCH_INTERVAL_MS,
      maxPauseSeconds: e.MAX_PAUSE_SECONDS,
    }),
    matchmaking: Object.freeze({
      intervalMs: e.MATCHMAKING_INTERVAL_MS,
      rules: Object.freeze({
        windowBase: e.MATCH_WINDOW_BASE,
        windowGrowth: e.MATCH_WINDOW_GROWTH,
        windowStepMs: 5_000,
        groupFillMs: e.GROUP_FILL_SECONDS * 1000,
        groupMin: 3,
        groupMax: 8,
      }),
    }),
  });
}

export type Config = ReturnType<typeof parseConfig>;
