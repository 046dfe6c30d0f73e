import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { TooManyRequestsError } from '@eduscale/server-kit/errors';
import type { Redis } from '@eduscale/server-kit/deps';
import type { Config } from '../config.ts';

export function limiter(redis: Redis, options: { keyPrefix: string; points: number; duration: number }) {
  return new RateLimiterRedis({
    storeClient: redis,
    ...options,
    // While Redis is away, limits hold per process rather than not at all.
    insuranceLimiter: new RateLimiterMemory(options),
  });
}

export function rethrowLimited(error: unknown, detail: string): never {
  if (error instanceof RateLimiterRes) throw new TooManyRequestsError(detail, error.msBeforeNext / 1000);
  throw error;
}

export function createAuthRateLimits(redis: Redis, limits: Config['rateLimits']) {
  const registrations = limiter(redis, { keyPrefix: 'rl:register:ip', points: limits.registrationsPerIpPerHour, duration: 3600 });
  const loginsPerIp = limiter(redis, { keyPrefix: 'rl:login:ip', points: limits.loginsPerIpPer15Min, duration: 900 });
  const loginFailures = limiter(redis, { keyPrefix: 'rl:login:fail', points: limits.loginFailuresPer15Min, duration: 900 });
  const failureKey = (username: string, ip: string) => `${username.toLowerCase()}:${ip}`;

  return {
    async consumeRegistration(ip: string): Promise<void> {
      await registrations.consume(ip).catch((error) => rethrowLimited(error, 'Too many accounts created from this address; try again later.'));
    },

    /** Counts the attempt and refuses it if this name has failed too often from this address. */
    async beforeLogin(username: string, ip: string): Promise<void> {
      await loginsPerIp.consume(ip).catch((error) => rethrowLimited(error, 'Too many sign-in attempts from this address; try again later.'));
      const failures = await loginFailures.get(failureKey(username, ip));
      if (failures && failures.consumedPoints >= limits.loginFailuresPer15Min) {
        throw new TooManyRequestsError('Too many failed sign-ins for this account; try again later.', failures.msBeforeNext / 1000);
      }
    },

    async recordLoginFailure(username: string, ip: string): Promise<void> {
      await loginFailures.penalty(failureKey(username, ip), 1);
    },

    async recordLoginSuccess(username: string, ip: string): Promise<void> {
      await loginFailures.delete(failureKey(username, ip));
    },
  };
}

export type AuthRateLimits = ReturnType<typeof createAuthRateLimits>;
