import { randomUUID } from 'node:crypto';
import type { BattleMode } from '@eduscale/contracts';
import type { Redis } from '@eduscale/server-kit/deps';

/** One queued player: the ticket they were given, when, their rating then and their language preference. */
export interface Ticket {
  userId: string;
  ticket: string;
  rating: number;
  enqueuedAt: number;
  language: string | null;
}

interface TicketFields {
  ticket: string;
  enqueuedAt: number;
  language: string | null;
}

const MODES: BattleMode[] = ['1v1', 'group'];

// KEYS: this mode's sorted set and hash, then the other mode's. ARGV: user, rating, fields (JSON).
// Already queued for this mode: the same ticket. Queued for the other mode: moved here.
const ENQUEUE = `
local existing = redis.call('HGET', KEYS[2], ARGV[1])
if existing then return cjson.decode(existing).ticket end
redis.call('ZREM', KEYS[3], ARGV[1])
redis.call('HDEL', KEYS[4], ARGV[1])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
return cjson.decode(ARGV[3]).ticket`;

// KEYS: sorted set, hash. ARGV: user, ticket, user, ticket, ...
// Takes every ticket off the queue, or none if any of them is gone (left, or matched elsewhere).
const CLAIM = `
for i = 1, #ARGV, 2 do
  local fields = redis.call('HGET', KEYS[2], ARGV[i])
  if not fields or cjson.decode(fields).ticket ~= ARGV[i + 1] then return 0 end
end
for i = 1, #ARGV, 2 do
  redis.call('ZREM', KEYS[1], ARGV[i])
  redis.call('HDEL', KEYS[2], ARGV[i])
end
return 1`;

const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/**
 * The matchmaking queues, shared by every instance: per mode a sorted set of user ids by
 * rating (`<prefix>:matchmaking:<mode>:queue`) and a hash of their tickets
 * (`<prefix>:matchmaking:<mode>:tickets`). Every change is one Lua script, so a ticket is
 * taken off the queue once: that, not the matcher's lock, is what keeps a player out of two battles.
 */
export function createMatchmakingQueue(deps: { redis: Redis; prefix: string }) {
  const { redis } = deps;
  const queueKey = (mode: BattleMode) => `${deps.prefix}:matchmaking:${mode}:queue`;
  const ticketsKey = (mode: BattleMode) => `${deps.prefix}:matchmaking:${mode}:tickets`;
  const other = (mode: BattleMode): BattleMode => (mode === '1v1' ? 'group' : '1v1');

  return {
    async enqueue(entry: { userId: string; mode: BattleMode; rating: number; language: string | null }): Promise<string> {
      const fields: TicketFields = { ticket: randomUUID(), enqueuedAt: Date.now(), language: entry.language };
      const ticket = await redis.eval(
        ENQUEUE, 4,
        queueKey(entry.mode), ticketsKey(entry.mode), queueKey(other(entry.mode)), ticketsKey(other(entry.mode)),
        entry.userId, String(entry.rating), JSON.stringify(fields),
      );
      return String(ticket);
    },

    /** Off every queue; nothing happens if the user was not queued. */
    async leave(userId: string): Promise<void> {
      const multi = redis.multi();
      for (const mode of MODES) multi.zrem(queueKey(mode), userId).hdel(ticketsKey(mode), userId);
      await multi.exec();
    },

    /** Everyone queued for a mode, by rating. */
    async snapshot(mode: BattleMode): Promise<Ticket[]> {
      const [ranked, tickets] = await Promise.all([redis.zrange(queueKey(mode), 0, -1, 'WITHSCORES'), redis.hgetall(ticketsKey(mode))]);
      const queued: Ticket[] = [];
      for (let i = 0; i < ranked.length; i += 2) {
        const userId = ranked[i];
        const raw = userId === undefined ? undefined : tickets[userId];
        if (userId === undefined || !raw) continue;
        const fields = JSON.parse(raw) as TicketFields;
        queued.push({ userId, rating: Number(ranked[i + 1]), ...fields });
      }
      return queued;
    },

    /** Takes all of `tickets` off the queue atomically; false if any was gone. */
    async claim(mode: BattleMode, tickets: Ticket[]): Promise<boolean> {
      const args = tickets.flatMap((t) => [t.userId, t.ticket]);
      return (await redis.eval(CLAIM, 2, queueKey(mode), ticketsKey(mode), ...args)) === 1;
    },

    /** Puts claimed tickets back (the battle could not be made), keeping their place and ticket. */
    async restore(mode: BattleMode, tickets: Ticket[]): Promise<void> {
      const multi = redis.multi();
      for (const t of tickets) {
        multi.hsetnx(ticketsKey(mode), t.userId, JSON.stringify({ ticket: t.ticket, enqueuedAt: t.enqueuedAt, language: t.language } satisfies TicketFields));
        multi.zadd(queueKey(mode), 'NX', t.rating, t.userId);
      }
      await multi.exec();
    },

    /** A short lock so one instance at a time does a mode's matching (saves wasted work; `claim` is the guard). */
    async tryLock(mode: BattleMode, token: string, ttlMs: number): Promise<boolean> {
      return (await redis.set(`${deps.prefix}:matchmaking:${mode}:lock`, token, 'PX', ttlMs, 'NX')) === 'OK';
    },

    async unlock(mode: BattleMode, token: string): Promise<void> {
      await redis.eval(RELEASE, 1, `${deps.prefix}:matchmaking:${mode}:lock`, token);
    },
  };
}

export type MatchmakingQueue = ReturnType<typeof createMatchmakingQueue>;
