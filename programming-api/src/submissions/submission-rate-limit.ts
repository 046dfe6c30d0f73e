import type { Redis } from '@eduscale/server-kit/deps';
import { limiter, rethrowLimited } from '../accounts/rate-limits.ts';

export function createSubmissionRateLimit(redis: Redis, perMinute: number) {
  const perUser = limiter(redis, { keyPrefix: 'rl:submit:user', points: perMinute, duration: 60 });
  return {
    async consume(userId: string): Promise<void> {
      await perUser.consume(userId).catch((error) => rethrowLimited(error, `At most ${perMinute} submissions a minute; try again shortly.`));
    },
  };
}

export type SubmissionRateLimit = ReturnType<typeof createSubmissionRateLimit>;
