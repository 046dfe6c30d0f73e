import type { Health } from '@eduscale/contracts';
import { DependencyUnavailableError } from '../errors/common-errors.ts';
import type { Sql } from './postgres.ts';
import type { Redis } from './redis.ts';

const CHECK_TIMEOUT_MS = 1_000;

type Check = Health['checks'][string];

async function timed(probe: () => Promise<unknown>): Promise<Check> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
      }),
    ]);
    return { status: 'up', latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    return { status: 'down', error: (error as Error).message || (error as { code?: string }).code || 'unreachable' };
  } finally {
    clearTimeout(timer);
  }
}

/** Health of a service that needs Postgres and Redis. */
export function createHealthService(deps: { sql: Sql; redis: Redis }) {
  return {
    /** Both dependencies answer, or a 503 naming the ones that do not. */
    async check(): Promise<Health> {
      const [postgres, redis] = await Promise.all([timed(() => deps.sql`select 1`), timed(() => deps.redis.ping())]);
      const checks = { postgres, redis };
      const down = Object.entries(checks).filter(([, check]) => check.status === 'down');
      if (down.length > 0) {
        const detail = down.map(([name, check]) => `${name} is down (${check.error})`).join('; ');
        throw new DependencyUnavailableError(`${detail}.`, { extensions: { checks } });
      }
      return { status: 'ok', checks };
    },
  };
}

export type HealthService = ReturnType<typeof createHealthService>;
