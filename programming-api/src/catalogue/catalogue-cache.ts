/**
 * The catalogue's read cache: a very short in-process memo in front of Redis in front of
 * Postgres. Redis keys carry the catalogue generation the seed publishes, so a seed that
 * changed the catalogue makes every older entry unreachable at once; the TTL is only a
 * safety net. Redis is an accelerator here, never a dependency: any Redis failure or a slow
 * answer falls through to the loader.
 */
import type { Redis } from '@eduscale/server-kit/deps';
import type { Logger } from '../logger.ts';

export interface CatalogueCacheSettings {
  /** Key prefix; tests use their own so they never touch the stack's entries. */
  prefix: string;
  ttlSeconds: number;
  /** How long one process reuses a value without asking Redis; bounds staleness after a seed. */
  memoMs: number;
  /** Past this, a Redis read counts as failed and the loader answers. */
  redisTimeoutMs: number;
}

const DEFAULTS: CatalogueCacheSettings = { prefix: 'catalogue', ttlSeconds: 300, memoMs: 1_000, redisTimeoutMs: 200 };

export function createCatalogueCache(deps: { redis: Redis; logger?: Logger; settings?: Partial<CatalogueCacheSettings> }) {
  const { redis, logger } = deps;
  const { prefix, ttlSeconds, memoMs, redisTimeoutMs } = { ...DEFAULTS, ...deps.settings };
  const generationKey = `${prefix}:generation`;
  const memo = new Map<string, { expiresAt: number; value: Promise<unknown> }>();
  let redisFailing = false;

  function noteRedis(error: unknown): void {
    if (error && !redisFailing) logger?.warn({ err: (error as Error).message }, 'catalogue cache: Redis unavailable, reading Postgres');
    if (!error && redisFailing) logger?.info('catalogue cache: Redis is back');
    redisFailing = Boolean(error);
  }

  async function throughRedis<T>(name: string, load: () => Promise<T>): Promise<T> {
    let key: string;
    try {
      const generation = (await withTimeout(redis.get(generationKey), redisTimeoutMs)) ?? '0';
      key = `${prefix}:${generation}:${name}`;
      const cached = await withTimeout(redis.get(key), redisTimeoutMs);
      noteRedis(undefined);
      if (cached !== null) return JSON.parse(cached) as T;
    } catch (error) {
      noteRedis(error);
      return load();
    }
    const value = await load();
    // Written under the generation read before loading: if a seed landed meanwhile, this
    // entry is already unreachable, so a stale value can never be cached as current.
    redis.set(key, JSON.stringify(value), 'EX', ttlSeconds).catch(noteRedis);
    return value;
  }

  return {
    /** The value named `name`, from the memo, Redis or (on a miss or any Redis trouble) `load`. */
    read<T>(name: string, load: () => Promise<T>): Promise<T> {
      if (memoMs <= 0) return throughRedis(name, load);
      const now = Date.now();
      const hit = memo.get(name);
      if (hit && hit.expiresAt > now) return hit.value as Promise<T>;
      // Concurrent readers share one lookup; a failed one (e.g. an unknown slug) is not kept.
      const value = throughRedis(name, load);
      memo.set(name, { expiresAt: now + memoMs, value });
      value.catch(() => {
        if (memo.get(name)?.value === value) memo.delete(name);
      });
      return value;
    },

    /**
     * Publishes the generation of the catalogue now in Postgres. The seed calls it after every
     * run with a fingerprint of what it loaded: unchanged content keeps the entries, changed
     * content orphans them, and a retry after a failed call repairs it.
     */
    async publishGeneration(generation: string): Promise<void> {
      await redis.set(generationKey, generation);
      memo.clear();
    },
  };
}

export type CatalogueCache = ReturnType<typeof createCatalogueCache>;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
