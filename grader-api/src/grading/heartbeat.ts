import { hostname } from 'node:os';
import { GRADER_HEARTBEAT_INTERVAL_MS, GRADER_HEARTBEAT_KEY, type GraderHeartbeat } from '@eduscale/contracts';
import type { Redis } from 'ioredis';
import type { SandboxBreaker } from '../execution/breaker.ts';

/** Heartbeats older than this are dropped from the hash by the graders that are alive. */
const FORGET_AFTER_MS = 60 * 60 * 1000;

/**
 * Tells the fleet (battle servers pause battles without it) that this grader takes jobs and
 * whether its sandbox breaker is open, every GRADER_HEARTBEAT_INTERVAL_MS; the field goes
 * when the grader stops, and goes stale when it dies.
 */
export function startHeartbeat(deps: { redis: Redis; breaker: SandboxBreaker }) {
  const instance = `${hostname()}:${process.pid}`;
  const beat = async () => {
    const now = Date.now();
    const heartbeat: GraderHeartbeat = { breaker: deps.breaker.state(), at: now };
    await deps.redis.hset(GRADER_HEARTBEAT_KEY, instance, JSON.stringify(heartbeat));
    const all = await deps.redis.hgetall(GRADER_HEARTBEAT_KEY);
    const forgotten = Object.entries(all).filter(([, value]) => (JSON.parse(value) as GraderHeartbeat).at < now - FORGET_AFTER_MS);
    if (forgotten.length > 0) await deps.redis.hdel(GRADER_HEARTBEAT_KEY, ...forgotten.map(([field]) => field));
  };
  const beatQuietly = () => void beat().catch(() => {}); // Redis away: the heartbeat goes stale, which is the truth
  beatQuietly();
  const timer = setInterval(beatQuietly, GRADER_HEARTBEAT_INTERVAL_MS);
  timer.unref();
  return {
    async stop(): Promise<void> {
      clearInterval(timer);
      await deps.redis.hdel(GRADER_HEARTBEAT_KEY, instance).catch(() => {});
    },
  };
}
