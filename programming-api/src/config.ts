import { envFlag, parseEnv, serviceConfig, serviceEnv } from '@eduscale/server-kit/config';
import { z } from 'zod';

/** Every variable the API reads (with server-kit's serviceEnv: port, host, URLs, log level, origin, proxy trust); documented in the README's configuration table. */
const Env = serviceEnv(4000).extend({
  COOKIE_SECURE: envFlag.default(false),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  LOGIN_FAILURES_PER_15_MIN: z.coerce.number().int().min(1).default(5),
  LOGINS_PER_IP_PER_15_MIN: z.coerce.number().int().min(1).default(100),
  REGISTRATIONS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(20),
  SUBMISSIONS_PER_MINUTE: z.coerce.number().int().min(1).default(12),
  /** Submissions one user may have queued or running at once. */
  MAX_ACTIVE_SUBMISSIONS: z.coerce.number().int().min(1).default(3),
  /** An unfinished grading no grader has touched for this long is checked for a live job. */
  RECONCILE_QUIET_SECONDS: z.coerce.number().int().min(1).default(30),
  RECONCILE_INTERVAL_SECONDS: z.coerce.number().min(0.1).default(15),
  /** How often each instance looks for attempts past their deadline (a lost deadline job) or waiting to be scored. */
  ASSESSMENT_SWEEP_SECONDS: z.coerce.number().min(0.1).default(5),
  /** Optional: an OpenAI-compatible endpoint (llama.cpp, Ollama) that rewrites a report's feedback; off when unset. */
  FEEDBACK_LLM_URL: z.url({ protocol: /^https?$/ }).optional(),
  FEEDBACK_LLM_MODEL: z.string().min(1).default('default'),
  FEEDBACK_LLM_API_KEY: z.string().min(1).optional(),
  FEEDBACK_LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(8_000),
});

export function parseConfig(env: NodeJS.ProcessEnv) {
  const e = parseEnv(Env, env);
  return Object.freeze({
    ...serviceConfig(e),
    session: Object.freeze({ ttlDays: e.SESSION_TTL_DAYS, cookieSecure: e.COOKIE_SECURE }),
    rateLimits: Object.freeze({
      loginFailuresPer15Min: e.LOGIN_FAILURES_PER_15_MIN,
      loginsPerIpPer15Min: e.LOGINS_PER_IP_PER_15_MIN,
      registrationsPerIpPerHour: e.REGISTRATIONS_PER_IP_PER_HOUR,
      submissionsPerMinute: e.SUBMISSIONS_PER_MINUTE,
    }),
    submissions: Object.freeze({
      maxActive: e.MAX_ACTIVE_SUBMISSIONS,
      reconcileQuietSeconds: e.RECONCILE_QUIET_SECONDS,
      reconcileIntervalMs: e.RECONCILE_INTERVAL_SECONDS * 1000,
    }),
    assessments: Object.freeze({
      sweepEveryMs: e.ASSESSMENT_SWEEP_SECONDS * 1000,
      feedbackModel: e.FEEDBACK_LLM_URL
        ? Object.freeze({ url: e.FEEDBACK_LLM_URL, model: e.FEEDBACK_LLM_MODEL, apiKey: e.FEEDBACK_LLM_API_KEY, timeoutMs: e.FEEDBACK_LLM_TIMEOUT_MS })
        : null,
    }),
  });
}

export type Config = ReturnType<typeof parseConfig>;
