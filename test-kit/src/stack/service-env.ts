/**
 * Service settings `npm start` takes from its own environment and hands to every service
 * (each parses only its own), e.g. raised limits for a load test:
 * `SUBMISSIONS_PER_MINUTE=100000 MAX_ACTIVE_SUBMISSIONS=1000 npm start`. The wiring (ports,
 * URLs, PUBLIC_ORIGIN, TRUST_PROXY) stays the launcher's; LOG_LEVEL is passed on already.
 */
export const PASSED_THROUGH = [
  // programming-api
  'COOKIE_SECURE',
  'SESSION_TTL_DAYS',
  'REGISTRATIONS_PER_IP_PER_HOUR',
  'LOGINS_PER_IP_PER_15_MIN',
  'LOGIN_FAILURES_PER_15_MIN',
  'SUBMISSIONS_PER_MINUTE',
  'MAX_ACTIVE_SUBMISSIONS',
  'RECONCILE_QUIET_SECONDS',
  'RECONCILE_INTERVAL_SECONDS',
  // grader-api
  'GRADER_CONCURRENCY',
  'MAX_WAITING_RUNS',
  'RUN_OUTPUT_BYTES',
  'BREAKER_ERROR_PERCENT',
  'BREAKER_VOLUME',
  'BREAKER_RESET_MS',
  'GRADING_TEST_PARALLELISM',
  'GRADING_LOCK_MS',
  // battle-api
  'BATTLE_DURATION_SECONDS',
  'BATTLE_LOCK_TTL_MS',
  'FORFEIT_GRACE_SECONDS',
  'MAX_PAUSE_SECONDS',
  'MATCH_WINDOW_BASE',
  'MATCH_WINDOW_GROWTH',
  'GROUP_FILL_SECONDS',
] as const;

export function passedThrough(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(PASSED_THROUGH.filter((name) => env[name] !== undefined).map((name) => [name, env[name]]));
}
