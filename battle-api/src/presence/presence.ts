import type { Redis } from '@eduscale/server-kit/deps';

/**
 * Who has a battle socket open, across every instance, kept in Redis so any instance can
 * answer "is this player still here?" (forfeits, the lobby's online list, `connected` in a
 * battle's state). Each socket is a member scored by when it expires: its instance refreshes
 * it while it is connected, so the sockets of an instance that died without a word fall out
 * after `ttlMs` instead of staying "online" forever.
 *
 * Keys (under the prefix): `presence:online` user → expiry; `presence:user:<id>` and
 * `presence:battle:<battleId>:<userId>` socket → expiry.
 */
export function createPresence(deps: { redis: Redis; prefix: string; ttlMs: number }) {
  const { redis, ttlMs } = deps;
  const onlineKey = `${deps.prefix}:presence:online`;
  const userKey = (userId: string) => `${deps.prefix}:presence:user:${userId}`;
  const battleKey = (battleId: string, userId: string) => `${deps.prefix}:presence:battle:${battleId}:${userId}`;
  const keyTtlMs = ttlMs * 2;

  /**
   * Per socket set: its live members, and all it holds. Expired members are left for the key's
   * own expiry, so "was here, is gone" (an instance that died with the player's socket) stays
   * visible for a TTL after the last refresh.
   */
  async function counts(keys: string[]): Promise<{ live: number; all: number }[]> {
    if (keys.length === 0) return [];
    const now = Date.now();
    const pipeline = redis.pipeline();
    for (const key of keys) pipeline.zcount(key, now, '+inf').zcard(key);
    const results = (await pipeline.exec()) ?? [];
    return keys.map((_, i) => ({ live: Number(results[i * 2]?.[1] ?? 0), all: Number(results[i * 2 + 1]?.[1] ?? 0) }));
  }
  const liveCounts = async (keys: string[]) => (await counts(keys)).map((c) => c.live);

  return {
    async connect(socketId: string, userId: string): Promise<void> {
      const expiry = Date.now() + ttlMs;
      await redis.multi().zadd(userKey(userId), expiry, socketId).pexpire(userKey(userId), keyTtlMs).zadd(onlineKey, expiry, userId).exec();
    },

    async joinBattle(socketId: string, userId: string, battleId: string): Promise<void> {
      const key = battleKey(battleId, userId);
      await redis.multi().zadd(key, Date.now() + ttlMs, socketId).pexpire(key, keyTtlMs).exec();
    },

    /** Forgets the socket; answers the battles (of `battleIds`) the user has no socket left in. */
    async disconnect(socketId: string, userId: string, battleIds: string[]): Promise<string[]> {
      const pipeline = redis.pipeline().zrem(userKey(userId), socketId);
      for (const battleId of battleIds) pipeline.zrem(battleKey(battleId, userId), socketId);
      await pipeline.exec();
      const [userSockets = 0, ...battleSockets] = await liveCounts([userKey(userId), ...battleIds.map((id) => battleKey(id, userId))]);
      if (userSockets === 0) await redis.zrem(onlineKey, userId);
      return battleIds.filter((_, i) => battleSockets[i] === 0);
    },

    /** Re-dates this instance's sockets; called every third of the TTL. */
    async refresh(sockets: { socketId: string; userId: string; battleIds: string[] }[]): Promise<void> {
      if (sockets.length === 0) return;
      const expiry = Date.now() + ttlMs;
      const pipeline = redis.pipeline();
      for (const { socketId, userId, battleIds } of sockets) {
        pipeline.zadd(userKey(userId), expiry, socketId).pexpire(userKey(userId), keyTtlMs).zadd(onlineKey, expiry, userId);
        for (const battleId of battleIds) pipeline.zadd(battleKey(battleId, userId), expiry, socketId).pexpire(battleKey(battleId, userId), keyTtlMs);
      }
      await pipeline.exec();
    },

    /** Which of `userIds` have a live socket in the battle. */
    async connectedIn(battleId: string, userIds: string[]): Promise<Set<string>> {
      const counts = await liveCounts(userIds.map((userId) => battleKey(battleId, userId)));
      return new Set(userIds.filter((_, i) => (counts[i] ?? 0) > 0));
    },

    /** Which of these battle players had a socket whose instance stopped re-dating it (died), and none live. One round trip. */
    async lost<P extends { battleId: string; userId: string }>(players: P[]): Promise<P[]> {
      const found = await counts(players.map((p) => battleKey(p.battleId, p.userId)));
      return players.filter((_, i) => found[i] !== undefined && found[i].all > 0 && found[i].live === 0);
    },

    /** Users with a live socket anywhere, at most `limit`, most recently refreshed first. */
    async online(limit: number): Promise<string[]> {
      await redis.zremrangebyscore(onlineKey, '-inf', Date.now());
      return redis.zrevrange(onlineKey, 0, limit - 1);
    },
  };
}

export type Presence = ReturnType<typeof createPresence>;
