import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { TooManyRunsError } from '../errors.ts';
import type { Logger } from '../logger.ts';

/** Longer than any run takes (compile, run, waiting for a slot), so a dead grader's entries lapse. */
const ENTRY_TTL_MS = 5 * 60_000;
const RETRY_AFTER_SECONDS = 1;

// KEYS[1] the user's in-flight set (token → expiry); ARGV: now, expiry, token, cap.
const ADMIT_LUA = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[4]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
redis.call('PEXPIRE', KEYS[1], ${ENTRY_TTL_MS})
return 1`;

export type Release = () => Promise<void>;

/**
 * The per-user cap on "Run"s in flight, across every grader: counted in Redis (a sorted set of
 * entries that expire, so a grader that dies holding some gives them back), or in this process
 * when the grader has no Redis or Redis is away (then the cap holds per grader).
 */
export function createRunAdmission(deps: { redis: Redis | undefined; perUser: number; logger: Logger }) {
  const local = new Map<string, number>();

  function admitLocally(user: string): Release {
    const count = local.get(user) ?? 0;
    if (count >= deps.perUser) throw tooMany(deps.perUser);
    local.set(user, count + 1);
    return async () => {
      const left = (local.get(user) ?? 1) - 1;
      if (left > 0) local.set(user, left);
      else local.delete(user);
    };
  }

  return {
    async admit(user: string): Promise<Release> {
      const { redis } = deps;
      if (!redis) return admitLocally(user);
      const key = `runs:in-flight:${user}`;
      const token = randomBytes(8).toString('hex');
      let admitted: unknown;
      try {
        const now = Date.now();
        admitted = await redis.eval(ADMIT_LUA, 1, key, now, now + ENTRY_TTL_MS, token, deps.perUser);
      } catch (error) {
        deps.logger.warn({ err: error }, 'run admission: Redis unavailable, counting in this grader');
        return admitLocally(user);
      }
      if (admitted !== 1) throw tooMany(deps.perUser);
      return async () => {
        await redis.zrem(key, token).catch(() => undefined);
      };
    },
  };
}

export type RunAdmission = ReturnType<typeof createRunAdmission>;

function tooMany(cap: number): TooManyRunsError {
  return new TooManyRunsError(`You have ${cap} runs in progress; wait for one to finish.`, RETRY_AFTER_SECONDS);
}
